import { useEffect, useState } from 'react';
import { parseHashRoute, type Route } from './routes';

export type { Route } from './routes';

/** The current screen from the URL hash (works offline, with back/forward). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHashRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHashRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}
