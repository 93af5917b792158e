// @ts-check
/**
 * Endpoints the browser tests steer: any fixture with a chosen status, delay, headers or preamble, and a
 * counter of how many requests each key received (to prove sharing and lazy loading).
 *
 *   GET /mock/feed?fixture=NAME&key=K&status=500&delay=200&preamble=TEXT&bom=1&type=text/html&pages=3
 *   GET /mock/hits?key=K            -> {"hits": N}
 *   GET /mock/hostile               -> a JSON Feed whose every field carries an attack (test/fixtures/hostile.js)
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hostileFeed } from '../fixtures/hostile.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
export async function handleMock(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/mock/hits') {
    send(res, 200, JSON.stringify({ hits: hits.get(url.searchParams.get('key') ?? '') ?? 0 }));
    return true;
  }
  if (url.pathname === '/mock/hostile') return send(res, 200, JSON.stringify(hostileFeed()));
  if (url.pathname !== '/mock/feed') return false;
  const q = url.searchParams;
  const key = q.get('key');
  if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Number(q.get('delay') ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const status = Number(q.get('status') ?? 200);
  const headers = /** @type {Record<string, string>} */ ({});
  if (q.get('pages')) {
    headers['X-WP-TotalPages'] = String(q.get('pages'));
    headers['X-WP-Total'] = String(Number(q.get('pages')) * 3);
  }
  let body = q.get('body') ?? '';
  const fixture = q.get('fixture');
  if (fixture) {
    if (!/^[\w.-]+$/.test(fixture)) return send(res, 400, '{"message":"bad fixture name"}'), true;
    body = await readFile(`${fixtures}${fixture}.json`, 'utf8');
  }
  const page = q.get('page');
  if (page && fixture) body = body.replaceAll('{{page}}', page);
  body = `${q.get('bom') ? '\uFEFF' : ''}${q.get('preamble') ?? ''}${body}`;
  send(res, status, body, q.get('type') ?? 'application/json; charset=UTF-8', headers);
  return true;
}

/** @type {Map<string, number>} */
const hits = new Map();

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {string} body
 * @param {string} [type] @param {Record<string, string>} [headers]
 */
function send(res, status, body, type = 'application/json; charset=UTF-8', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
  return true;
}
