/** Debian's Chromium for the Playwright suite and the browser benches, with the flags CI uses (no sandbox, GPU or background work). */
export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;
