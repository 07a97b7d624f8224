// The page's location lives in the URL hash (#/view/id?filters), which works under file:// and makes
// every view and filter state linkable.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  view: string;
  id: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, ...rest] = path.split('/');
  return { view: view || 'documents', id: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(query) };
}

export function routeHash(view: string, id: string | null, params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '' && value !== false) query.set(key, String(value));
  const text = query.toString();
  return `#/${view}${id === null ? '' : `/${encodeURIComponent(id)}`}${text ? `?${text}` : ''}`;
}

/** The current route; filter changes replace the history entry, moves between views push one. */
export function useRoute(): [Route, (hash: string, replace?: boolean) => void] {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  const navigate = (next: string, replace = false) => {
    if (replace) history.replaceState(null, '', next);
    else history.pushState(null, '', next);
    setHash(next);
    if (!replace) scrollTo(0, 0);
  };
  return [parseRoute(hash), navigate];
}
