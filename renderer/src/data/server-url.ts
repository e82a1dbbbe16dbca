/** Base URL of the server: the Electron preload's, else the page's own origin. */
export function serverUrl(): string {
  return window.orderDesk?.serverUrl ?? window.location.origin;
}
