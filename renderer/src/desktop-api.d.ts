import type { DesktopApi } from '../../shared/desktop-api';

declare global {
  /** package.json's version, set by vite at build time. */
  const __APP_VERSION__: string;
  interface Window {
    /** Present only inside the Electron shell; undefined in a plain browser. */
    orderDesk?: DesktopApi;
  }
}

export {};
