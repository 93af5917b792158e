// @ts-check
/**
 * Requests the browser tests hold open for as long as they need, in the test server: a fixed delay
 * (`delay=3000`) ends on its own, and on a busy machine it may end before the test has looked at the
 * state it was meant to keep (a skeleton, a busy button). A held request ends only when the test says so,
 * or when the page gives it up (a widget removed or timing out aborts it).
 *
 *   any URL with ?hold=NAME        -> waits, then goes on to the mock or demo API as usual
 *   GET  /mock/held?hold=NAME      -> {"waiting": N}: how many requests NAME holds now
 *   POST /mock/release?hold=NAME   -> {"released": N}: lets those go; a later request with NAME waits again
 *
 * test/support/wait.ts has the page's side: `held(name)`, `release(name)`.
 */

/** @typedef {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: string, status: number, respond?: boolean }} Context */

export function heldRequests() {
  /** @type {Map<string, Set<() => void>>} */
  const waiting = new Map();

  /** @param {import('node:http').ServerResponse} res @param {unknown} body */
  const answer = (res, body) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  /** @param {Context} ctx @param {() => Promise<unknown>} next */
  return async (ctx, next) => {
    const url = new URL(ctx.url, 'http://localhost');
    const name = url.searchParams.get('hold');
    if (!name) return next();
    if (url.pathname === '/mock/held' || url.pathname === '/mock/release') {
      const held = waiting.get(name) ?? new Set();
      if (url.pathname === '/mock/release') {
        waiting.delete(name);
        for (const go of held) go();
      }
      ctx.respond = false;
      return answer(ctx.res, url.pathname === '/mock/held' ? { waiting: held.size } : { released: held.size });
    }
    await new Promise((resolve) => {
      const go = () => {
        waiting.get(name)?.delete(go);
        resolve(undefined);
      };
      waiting.set(name, (waiting.get(name) ?? new Set()).add(go));
      // Given up by the page: nobody is waiting for the answer any more.
      ctx.res.once('close', go);
    });
    if (ctx.res.destroyed) {
      // Nothing is sent to a page that gave the request up; a status other than koa's default 404 keeps
      // wtr from listing it as a missing file.
      ctx.status = 204;
      ctx.respond = false;
      return undefined;
    }
    return next();
  };
}
