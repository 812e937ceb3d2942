import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import express, { type RequestHandler } from 'express';

/** Paths the API answers itself: the console never answers for them, not even with its page. */
export const API_PATHS = ['/graphql', '/reports', '/evidence', '/archive', '/admin', '/health', '/metrics'];

const isApiPath = (path: string) => API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** Whether a console build (index.html) is in `dir`. */
export function consoleBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/**
 * Serves the built console (apps/web, built into `dir` by `npm run build`): its files as they
 * are, and its page for any other GET that asks for HTML, so the browser's routes (/division/…,
 * /site/…) load the app. Hashed assets are cached for a year; the page is revalidated, so a new
 * build is picked up at once. Files go out compressed when the browser accepts it (the quick
 * start has no proxy to do it: the first page's script is 1 MB as built, a third of that gzipped).
 * Requests for the API's own paths pass through untouched.
 */
export function consoleStatic(dir: string): RequestHandler {
  const root = resolve(dir);
  const page = join(root, 'index.html');
  const files = express.static(root, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  const compress = compression();
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    compress(req, res, () => files(req, res, () => {
      // A missing asset is a 404, never the page (a browser would try to run HTML as a script).
      if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(page, (error) => error && next(error));
    }));
  };
}
