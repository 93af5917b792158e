import { describe, expect, it } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { describeFailure } from '../../src/components/comment-form/describe-failure.js';
import { buildCommentBody, sendComment } from '../../src/data/send-comment.js';
import {
  byteLength,
  charactersLeft,
  charactersOver,
  checkComment,
  checkField,
  FIELD_LIMITS,
  isEmail,
  isWebAddress,
  lengthStatus,
  nearLimit,
  parseFieldList,
  shownFields,
  typicalWidth,
  type CommentField,
} from '../../src/components/comment-form/validate.js';
import { enCommentForm } from '../../src/i18n/en-comment-form.js';
import { addEnglish, translator } from '../../src/i18n/localize.js';

// The form's English, as <comment-form> adds it when its code loads.
addEnglish(enCommentForm);

const FULL = { comment: 'Thanks for the report.', name: 'Ada Reyes', email: 'ada@example.org', url: 'https://ada.example' };
const RULES = { fields: ['comment', 'name', 'email', 'url'] as const, optional: ['url'] as const };

describe('comment validation', () => {
  it('asks for the comment, the name and the email with the reference page’s messages', () => {
    expect(checkComment({ comment: '', name: '', email: '', url: '' }, RULES)).toEqual({
      comment: { key: 'commentRequired' },
      name: { key: 'nameRequired' },
      email: { key: 'emailRequired' },
    });
    expect(checkComment(FULL, RULES)).toEqual({});
  });

  it('treats white space alone as empty', () => {
    expect(checkField('comment', ' \n\t ', true)).toEqual({ key: 'commentRequired' });
    expect(checkField('name', '   ', true)).toEqual({ key: 'nameRequired' });
  });

  it('lets optional fields stay empty but still checks what is typed in them', () => {
    const rules = { fields: RULES.fields, optional: ['email', 'url'] as const };
    expect(checkComment({ ...FULL, email: '', url: '' }, rules)).toEqual({});
    expect(checkComment({ ...FULL, email: 'not an email', url: 'javascript:alert(1)' }, rules)).toEqual({
      email: { key: 'emailInvalid' },
      url: { key: 'urlInvalid' },
    });
  });

  it('checks only the fields that are shown', () => {
    expect(checkComment({ comment: 'Hi', name: '', email: '', url: '' }, { fields: ['comment'], optional: [] })).toEqual({});
  });

  it('accepts the addresses an email input accepts, with a dot in the domain as WordPress wants', () => {
    for (const ok of ['ada@example.org', 'first.last+tag@mail.example.co.uk', "o'neil@example.ie", 'x@a-b.example']) {
      expect(isEmail(ok), ok).toBe(true);
    }
    for (const bad of ['ada', 'ada@', '@example.org', 'ada@example', 'ada @example.org', 'ada@exa mple.org', 'ada@-example.org', 'a@b@example.org']) {
      expect(isEmail(bad), bad).toBe(false);
    }
  });

  it('accepts http(s) addresses, with or without the scheme, and refuses other schemes', () => {
    for (const ok of ['https://ada.example', 'http://localhost:8080/blog', 'ada.example', 'ada.example/about']) {
      expect(isWebAddress(ok), ok).toBe(true);
    }
    for (const bad of ['javascript:alert(1)', 'ftp://ada.example', 'data:text/html,hi', 'ada', 'https://ada .example', 'mailto:ada@example.org']) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });

  it('uses WordPress’s limits, counted in UTF-8 bytes as WordPress counts them', () => {
    expect(FIELD_LIMITS).toEqual({ comment: 65525, name: 245, email: 100, url: 200 });
    expect(byteLength('abc')).toBe(3);
    expect(byteLength('é')).toBe(2);
    expect(byteLength('سلام')).toBe(8);
    expect(checkField('name', 'a'.repeat(245), true)).toBeUndefined();
    expect(checkField('name', 'a'.repeat(246), true)).toEqual({ key: 'tooLong', params: { n: 1 } });
    // 123 Arabic letters are 246 bytes: one over, though far fewer than 245 characters.
    expect(checkField('name', 'ب'.repeat(123), true)).toEqual({ key: 'tooLong', params: { n: 1 } });
    expect(checkField('comment', 'x'.repeat(65526), true)).toEqual({ key: 'tooLong', params: { n: 1 } });
    expect(checkField('email', `${'a'.repeat(90)}@example.org`, true)).toEqual({ key: 'tooLong', params: { n: 2 } });
  });

  it('shows the counter from the last tenth of the comment’s limit', () => {
    expect(nearLimit('comment', 'x'.repeat(58_972))).toBe(false);
    expect(nearLimit('comment', 'x'.repeat(58_973))).toBe(true);
    expect(charactersLeft('comment', 'x'.repeat(65_000))).toBe(525);
  });

  it('reads the fields and optional attributes in the form’s order, always keeping the comment box', () => {
    expect(parseFieldList('url email', [])).toEqual(['email', 'url']);
    expect(parseFieldList(null, ['url'])).toEqual(['url']);
    expect(parseFieldList('', ['url'])).toEqual([]);
    expect(parseFieldList('Name, bogus', [])).toEqual(['name']);
    expect(shownFields(null)).toEqual(['comment', 'name', 'email', 'url']);
    expect(shownFields('name')).toEqual(['comment', 'name']);
  });
});

/** Characters as a reader sees them, split the slow, sure way: the whole text at once. */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const split = (text: string): string[] => Array.from(segmenter.segment(text), (part) => part.segment);

/** The reference for "too many": delete characters from the end until the trimmed rest fits. */
function fewestToDelete(field: CommentField, value: string): number {
  const characters = split(value.trim());
  for (let k = 0; k <= characters.length; k += 1) {
    if (byteLength(characters.slice(0, characters.length - k).join('').trim()) <= FIELD_LIMITS[field]) return k;
  }
  throw new Error('unreachable');
}

/** One sample of each kind of character, with its UTF-8 width. */
const KINDS = {
  ascii: ['a', 1],
  accented: ['é', 2],
  decomposed: ['e\u0301', 3],
  arabic: ['ب', 2],
  chinese: ['中', 3],
  emoji: ['😀', 4],
  skinTone: ['👍🏽', 8],
  family: ['👨‍👩‍👧‍👦', 25],
  flag: ['🇫🇷', 8],
  keycap: ['#️⃣', 7],
} as const;

describe('comment length', () => {
  it('counts bytes as TextEncoder does, lone surrogates included', () => {
    const encoder = new TextEncoder();
    for (const text of ['', 'abc', 'é', 'سلام', '中文', '😀', '👨‍👩‍👧‍👦', '🇫🇷🇩🇪', '\uD83D', 'a\uDE00b', '\uDE00\uD83D', '\u07FF\u0800\uFFFF']) {
      expect(byteLength(text), JSON.stringify(text)).toBe(encoder.encode(text).length);
    }
  });

  it('takes every field exactly to its byte limit, ASCII, and counts the excess in characters', () => {
    for (const field of ['comment', 'name', 'email', 'url'] as const) {
      const limit = FIELD_LIMITS[field];
      expect(lengthStatus(field, 'a'.repeat(limit - 1)), field).toMatchObject({ bytes: limit - 1, left: 1, over: 0 });
      expect(lengthStatus(field, 'a'.repeat(limit)), field).toMatchObject({ bytes: limit, left: 0, over: 0 });
      expect(lengthStatus(field, 'a'.repeat(limit + 1)), field).toMatchObject({ left: 0, over: 1 });
      expect(charactersOver(field, 'a'.repeat(limit + 7)), field).toBe(7);
    }
  });

  it.each(Object.entries(KINDS))('counts %s characters one by one up to each limit', (_kind, [character, width]) => {
    expect(byteLength(character)).toBe(width);
    expect(split(character)).toHaveLength(1);
    for (const field of ['name', 'email', 'url', 'comment'] as const) {
      const limit = FIELD_LIMITS[field];
      const fit = Math.floor(limit / width);
      // From a few characters short of the limit to a few over it, one character at a time.
      let previous: number | undefined;
      for (let count = fit - 3; count <= fit + 3; count += 1) {
        const { left, over } = lengthStatus(field, character.repeat(count));
        if (count <= fit) {
          expect(over, `${field} ×${count}`).toBe(0);
          expect(left, `${field} ×${count}`).toBe(fit - count);
          if (previous !== undefined) expect(previous - left, 'one character, one step').toBe(1);
          previous = left;
        } else {
          expect(left, `${field} ×${count}`).toBe(0);
          expect(over, `${field} ×${count}: the characters past the last that fits`).toBe(count - fit);
        }
      }
      // 0 left means exactly that one more would not fit.
      expect(byteLength(character.repeat(fit + 1))).toBeGreaterThan(limit);
      expect(checkField(field, character.repeat(fit + 2), true)).toEqual({ key: 'tooLong', params: { n: 2 } });
    }
  });

  it('counts a ZWJ family, a flag and a skin tone as one character to delete, after any text', () => {
    const ascii = 'a'.repeat(244);
    expect(charactersOver('name', `${ascii}👨‍👩‍👧‍👦`)).toBe(1);
    expect(charactersOver('name', `${ascii}🇫🇷`)).toBe(1);
    expect(charactersOver('name', `${ascii}👍🏽`)).toBe(1);
    expect(charactersOver('name', `${ascii}👍🏽x`)).toBe(2);
    // Flags pair up from the start of the run, however long it is.
    const flags = `${'a'.repeat(5)}${'🇫🇷🇩🇪🇯🇵'.repeat(10)}`;
    expect(byteLength(flags)).toBe(245);
    expect(charactersOver('name', `${flags}🇮🇹`)).toBe(1);
    expect(charactersOver('name', `b${flags}`)).toBe(1);
    expect(charactersOver('name', `bb${flags}`)).toBe(1);
    expect(charactersOver('name', `${'b'.repeat(9)}${flags}`)).toBe(2);
  });

  it('shows French and Arabic readers characters, not bytes', () => {
    // 122 accented letters are 244 bytes: the 245-byte name takes no more of them, but takes an "a".
    expect(lengthStatus('name', 'é'.repeat(121))).toMatchObject({ bytes: 242, left: 1, over: 0 });
    expect(lengthStatus('name', 'é'.repeat(122))).toMatchObject({ bytes: 244, left: 0, over: 0 });
    expect(lengthStatus('name', `${'é'.repeat(122)}a`)).toMatchObject({ bytes: 245, left: 0, over: 0 });
    expect(checkField('name', 'é'.repeat(130), true)).toEqual({ key: 'tooLong', params: { n: 8 } });
    // A French sentence is mostly one-byte letters: each of those takes one, an accented one two.
    const french = 'Le conseil municipal a voté la rénovation du pont piétonnier près de la gare. ';
    const text = french.repeat(3).slice(0, 220);
    const before = charactersLeft('name', text);
    expect(charactersLeft('name', `${text}t`)).toBe(before - 1);
    expect(charactersLeft('name', `${text}é`)).toBe(before - 2);
    // Arabic letters are two bytes each: the counter takes one per letter, and a space is half a letter.
    const arabic = 'صوّت المجلس البلدي على ترميم جسر المشاة قرب المحطة ';
    const words = arabic.repeat(3).slice(0, 120).trimEnd();
    const steps = [...'والمدينة'].map((_, i) => charactersLeft('name', words + 'والمدينة'.slice(0, i + 1)));
    expect(steps.map((left, i) => (i === 0 ? 1 : (steps[i - 1] ?? 0) - left))).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(typicalWidth(words)).toBe(2);
    expect(typicalWidth(text)).toBe(1);
    expect(typicalWidth('')).toBe(1);
  });

  it('finds the fewest characters to delete, whatever the mix, as the reference does', () => {
    const pool = [
      'a', 'Z', ' ', ' ', '\n', '\r\n', '.', '#', 'é', 'e\u0301', 'ب', 'بّ', 'ة', '\u0600', '١', '中', '한', '\u1100', '\u1161', '\u11A8',
      'क्ष', 'क', '\u094D', 'ำ', '\u0E33', '😀', '👍🏽', '\u{1F3FD}', '👨‍👩‍👧‍👦', '\u200D', '🇫', '🇷', '🇫🇷', '#️⃣', '\uFE0F', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '\u200C', 'ﾞ',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 600; round += 1) {
      // A few kinds at a time, so that runs form: flags in a row, jamo in a row, marks in a row.
      const kinds = Array.from({ length: 1 + random(3) }, () => pool[random(pool.length)]!);
      let text = '';
      const target = 230 + random(round % 2 ? 40 : 200);
      while (byteLength(text) < target) text += random(8) === 0 ? pool[random(pool.length)] : kinds[random(kinds.length)];
      expect(charactersOver('name', text), JSON.stringify(text)).toBe(fewestToDelete('name', text));
    }
  });

  it('pairs a long run of flags from its start, whatever the excess', () => {
    const flags = '🇫🇷'.repeat(30);
    for (let excess = 1; excess <= 40; excess += 1) {
      const text = 'b'.repeat(5 + excess) + flags;
      expect(charactersOver('name', text), `${excess} over`).toBe(Math.ceil(excess / 8));
      expect(charactersOver('name', text)).toBe(fewestToDelete('name', text));
    }
  });

  it('does not count white space that is trimmed before sending', () => {
    expect(lengthStatus('name', `  ${'a'.repeat(245)}  \n`)).toMatchObject({ bytes: 245, left: 0, over: 0 });
    // Deleting the last letter leaves a space at the end, which is not sent.
    expect(charactersOver('name', `${'a'.repeat(245)} b`)).toBe(1);
    expect(charactersOver('name', `${'a'.repeat(240)} ${'b'.repeat(10)}`)).toBe(6);
    // Here the spaces must go too, to reach the letter that has to.
    expect(charactersOver('name', `${'a'.repeat(246)}   b`)).toBe(5);
  });

  it('shows the counter from 90% of the byte budget', () => {
    expect(nearLimit('name', 'a'.repeat(220))).toBe(false);
    expect(nearLimit('name', 'a'.repeat(221))).toBe(true);
    expect(nearLimit('name', 'ب'.repeat(110))).toBe(false);
    expect(nearLimit('name', 'ب'.repeat(111))).toBe(true);
    expect(nearLimit('name', `${'a'.repeat(220)}   `)).toBe(false);
    expect(lengthStatus('name', 'a'.repeat(300)).near).toBe(true);
  });

  it('words the excess as an excess in every catalog, with its plural forms', () => {
    const en = translator('en');
    const fr = translator('fr');
    const ar = translator('ar');
    expect(en('tooLong', { n: 1 })).toBe('This is 1 character too long.');
    expect(en('tooLong', { n: 3 })).toBe('This is 3 characters too long.');
    expect(en('charactersOver', { n: 3 })).toBe('3 characters too many');
    expect(fr('tooLong', { n: 1 })).toBe('Ce texte a 1 caractère de trop.');
    expect(fr('tooLong', { n: 3 })).toBe('Ce texte a 3 caractères de trop.');
    expect(fr('charactersOver', { n: 3 })).toBe('3 caractères de trop');
    expect(fr('charactersLeft', { n: 3 })).toBe('3 caractères restants');
    expect(ar('tooLong', { n: 1 })).toBe('في النص حرف واحد زائد عن الحد المسموح.');
    expect(ar('tooLong', { n: 2 })).toBe('في النص حرفان زائدان عن الحد المسموح.');
    expect(ar('tooLong', { n: 3 })).toBe('في النص 3 أحرف زائدة عن الحد المسموح.');
    expect(ar('tooLong', { n: 11 })).toBe('في النص 11 حرفًا زائدًا عن الحد المسموح.');
    expect(ar('tooLong', { n: 100 })).toBe('في النص 100 حرف زائد عن الحد المسموح.');
    expect(ar('charactersOver', { n: 5 })).toBe('5 أحرف زائدة');
    expect(ar('charactersLeft', { n: 0 })).toBe('لم يبقَ أي حرف');
    expect(ar('charactersLeft', { n: 25 })).toBe('بقي 25 حرفًا');
    expect(ar('charactersLeft', { n: 200 })).toBe('بقي 200 حرف');
    // The number is never presented as the limit.
    for (const t of [en, fr, ar]) expect(t('tooLong', { n: 7 })).not.toMatch(/limit|limite|الحد المسموح ب/);
  });
});

describe('comment request', () => {
  it('builds the WordPress /wp/v2/comments body from the shown fields, trimmed', () => {
    expect(buildCommentBody({ ...FULL, name: '  Ada Reyes ' }, { postId: 12 })).toEqual({
      post: 12,
      parent: 0,
      content: 'Thanks for the report.',
      author_name: 'Ada Reyes',
      author_email: 'ada@example.org',
      author_url: 'https://ada.example',
    });
    expect(buildCommentBody({ comment: 'Reply', name: 'Kit' }, { postId: 3, parentId: 7 })).toEqual({
      post: 3,
      parent: 7,
      content: 'Reply',
      author_name: 'Kit',
    });
  });

  it('renames values for a generic endpoint and keeps the WordPress name for the rest', () => {
    expect(
      buildCommentBody(FULL, { format: 'generic', postId: 5, fieldNames: { content: 'text', author_name: 'name', post: 'articleId' } }),
    ).toEqual({ articleId: 5, parent: 0, text: 'Thanks for the report.', name: 'Ada Reyes', author_email: 'ada@example.org', author_url: 'https://ada.example' });
    // fieldNames only apply to the generic format.
    expect(buildCommentBody({ comment: 'x' }, { fieldNames: { content: 'text' } })).toEqual({ parent: 0, content: 'x' });
  });
});

describe('comment failures', () => {
  const refused = (serverCode: string, serverMessage = 'Server words', params: string[] = []) =>
    new NewsError('http', 'refused', { status: 400, serverCode, serverMessage, invalidParams: params });

  it('maps each WordPress code to its own message', () => {
    const cases: Record<string, string> = {
      rest_comment_content_invalid: 'serverContentInvalid',
      rest_comment_author_data_required: 'serverAuthorRequired',
      comment_duplicate: 'serverDuplicate',
      comment_flood: 'serverFlood',
      rest_comment_login_required: 'serverLoginRequired',
      rest_comment_closed: 'serverClosed',
      rest_comment_invalid_post_id: 'serverInvalidPost',
    };
    for (const [code, key] of Object.entries(cases)) expect(describeFailure(refused(code)), code).toEqual({ key });
  });

  it('puts length refusals next to the field that is too long', () => {
    expect(describeFailure(refused('comment_content_column_length'))).toEqual({ key: 'serverTooLong', fields: { comment: 'serverFieldTooLong' } });
    expect(describeFailure(refused('comment_author_column_length'))).toEqual({ key: 'serverTooLong', fields: { name: 'serverFieldTooLong' } });
    expect(describeFailure(refused('comment_author_email_column_length')).fields).toEqual({ email: 'serverFieldTooLong' });
    expect(describeFailure(refused('comment_author_url_column_length')).fields).toEqual({ url: 'serverFieldTooLong' });
  });

  it('puts an invalid email parameter next to the email field', () => {
    expect(describeFailure(refused('rest_invalid_param', 'Invalid parameter(s): author_email', ['author_email']))).toEqual({
      key: 'fixErrors',
      params: { n: 1 },
      fields: { email: 'emailInvalid' },
    });
    expect(describeFailure(refused('rest_invalid_param', 'Invalid parameter(s): post', ['post']))).toEqual({ key: 'serverInvalidPost' });
  });

  it('shows any other explanation from the server as it is, and "kept, try again" when there is none', () => {
    expect(describeFailure(refused('some_plugin_said_no', 'Links are not allowed.'))).toEqual({
      key: 'serverOther',
      params: { message: 'Links are not allowed.' },
    });
    expect(describeFailure(new NewsError('http', 'HTTP 502', { status: 502 }))).toEqual({ key: 'sendFailed' });
    expect(describeFailure(new NewsError('network', 'offline'))).toEqual({ key: 'sendFailed' });
    expect(describeFailure(new NewsError('timeout', 'slow'))).toEqual({ key: 'sendFailed' });
    expect(describeFailure(new NewsError('not-json', 'a login page'))).toEqual({ key: 'sendFailed' });
  });
});

describe('sendComment', () => {
  /** A fetch that answers once with a fixed response and records what it was asked. */
  function answer(status: number, body: string, calls: RequestInit[] = []): typeof fetch {
    return (async (_url: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      return new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
  }

  it('posts JSON with the given headers, no cookies by default, and reads an approved comment', async () => {
    const calls: RequestInit[] = [];
    const server = { id: 42, post: 12, parent: 0, author_name: 'Ada Reyes', author_url: 'javascript:alert(1)', date_gmt: '2026-11-27T10:00:00', content: { rendered: '<p>Thanks</p>\n' }, status: 'approved' };
    const sent = await sendComment('https://news.example/wp-json/wp/v2/comments', FULL, {
      postId: 12,
      headers: { 'X-WP-Nonce': 'abc' },
      fetch: answer(201, JSON.stringify(server), calls),
    });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.credentials).toBe('omit');
    expect(calls[0]?.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-WP-Nonce': 'abc' });
    expect(JSON.parse(String(calls[0]?.body))).toMatchObject({ post: 12, content: 'Thanks for the report.' });
    expect(sent.status).toBe('approved');
    expect(sent.comment).toEqual({
      id: '42',
      postId: 12,
      authorName: 'Ada Reyes',
      contentHtml: '<p>Thanks</p>\n',
      date: '2026-11-27T10:00:00.000Z',
      status: 'approved',
    });
  });

  it('reports a held comment as held, and an empty 2xx answer as taken', async () => {
    const held = await sendComment('https://x.example/c', FULL, { fetch: answer(201, '{"id":1,"status":"hold"}') });
    expect(held.status).toBe('hold');
    const bare = await sendComment('https://x.example/c', FULL, { format: 'generic', fetch: answer(204, '') });
    expect(bare.status).toBe('approved');
    expect(bare.comment.authorName).toBe('Ada Reyes');
    expect(bare.comment.contentHtml).toBe('Thanks for the report.');
  });

  it('rejects with the WordPress code, the plain-text message and the invalid parameters', async () => {
    const body = '{"code":"rest_invalid_param","message":"Invalid parameter(s): <b>author_email</b>","data":{"status":400,"params":{"author_email":"Invalid email address."}}}';
    const error = await sendComment('https://x.example/c', FULL, { fetch: answer(400, body) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsError);
    expect(error).toMatchObject({ code: 'http', status: 400, serverCode: 'rest_invalid_param', serverMessage: 'Invalid parameter(s): author_email', invalidParams: ['author_email'] });
  });

  it('turns an unreachable server and a timeout into network and timeout errors', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(sendComment('https://x.example/c', FULL, { fetch: offline })).rejects.toMatchObject({ code: 'network' });
    const never = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    await expect(sendComment('https://x.example/c', FULL, { fetch: never, timeout: 20 })).rejects.toMatchObject({ code: 'timeout' });
  });
});
