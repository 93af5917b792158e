// @ts-check
/**
 * Endpoints the browser tests steer: any fixture with a chosen status, delay, headers or preamble, and a
 * counter of how many requests each key received (to prove sharing and lazy loading).
 *
 *   GET /mock/feed?fixture=NAME&key=K&status=500&delay=200&preamble=TEXT&bom=1&type=text/html&pages=3
 *   GET /mock/hits?key=K            -> {"hits": N}
 *   GET /mock/hostile               -> a JSON Feed whose every field carries an attack (test/fixtures/hostile.js)
 *   GET /mock/protected?key=K&password=P&delay=200 -> a password-protected WordPress post (`_embed` shape), as
 *                                      WordPress 6 answers: no password, empty content; the wrong one, 403
 *                                      `rest_post_incorrect_password`; the right one (`swordfish`), the body
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
  if (url.pathname === '/mock/protected') return protectedPost(url.searchParams, res);
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

const PROTECTED_BODY =
  '<p>The harbour board met behind closed doors on Tuesday.</p>' +
  '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">' +
  '<iframe title="The board meets" width="500" height="281" src="https://www.youtube.com/embed/Qu1etC0meB4?feature=oembed" allowfullscreen></iframe>' +
  '</div><figcaption class="wp-element-caption">The meeting, filmed by the board</figcaption></figure>' +
  '<p>Its report is due in May.</p>';

/**
 * A password-protected post as WordPress's REST API serves it: `protected` stays true once the password
 * is given, only `rendered` changes. The title carries inline HTML, as `title.rendered` may.
 * @param {URLSearchParams} q @param {import('node:http').ServerResponse} res
 */
async function protectedPost(q, res) {
  const key = q.get('key');
  if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Number(q.get('delay') ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const password = q.get('password');
  if (password && password !== 'swordfish') {
    return send(res, 403, JSON.stringify({ code: 'rest_post_incorrect_password', message: 'Incorrect post password.', data: { status: 403 } }));
  }
  const open = password === 'swordfish';
  const post = {
    id: 77,
    date_gmt: '2026-03-04T09:30:00',
    modified_gmt: '2026-03-04T09:30:00',
    slug: 'the-quiet-comeback',
    status: 'publish',
    type: 'post',
    link: 'https://news.example/2026/03/04/the-quiet-comeback/',
    title: { rendered: 'The <em>Quiet</em> Comeback' },
    content: { rendered: open ? PROTECTED_BODY : '', protected: true },
    excerpt: { rendered: open ? '<p>The harbour board met behind closed doors.</p>\n' : '', protected: true },
    comment_status: 'open',
    _embedded: {
      author: [{ id: 3, name: 'Ada Pell', link: 'https://news.example/author/apell/' }],
      'wp:term': [[{ id: 4, name: 'Harbour', slug: 'harbour', taxonomy: 'category', link: 'https://news.example/category/harbour/' }]],
    },
  };
  return send(res, 200, JSON.stringify(post));
}

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {string} body
 * @param {string} [type] @param {Record<string, string>} [headers]
 */
function send(res, status, body, type = 'application/json; charset=UTF-8', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
  return true;
}
