// App-shell service worker: lets the renderer start with no connection (PRODUCT.md §9).
// API and sync traffic is never cached; the shell and its hashed assets are.
const CACHE = 'orderdesk-shell-v1';

async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch('./', { cache: 'no-store' });
  const html = await response.clone().text();
  await cache.put('./', response);
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((url) => !url.startsWith('http'));
  await cache.addAll(assets);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/trpc')) return;
  const isPage = event.request.mode === 'navigate';
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(event.request);
        if (response.ok) await cache.put(isPage ? './' : event.request, response.clone());
        return response;
      } catch (error) {
        // ignoreVary: the server answers `Vary: Origin` (CORS) and the install's addAll requests differ
        // in Origin from the page's crossorigin requests: a strict match misses (blank offline reload)
        const cached = await cache.match(isPage ? './' : event.request, { ignoreVary: true });
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
