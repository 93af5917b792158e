/**
 * Endpoints the stories answer themselves, so every state shows in Storybook with no server behind it.
 * `fetch` is wrapped once per page; requests no handler claims go to the network as usual.
 */
type Handler = (url: string, init?: RequestInit) => Promise<Response> | undefined;

const HANDLERS = Symbol.for('news-widgets.stories.fetch-handlers');
const holder = window as unknown as Record<symbol, Handler[] | undefined>;

/** Adds a handler: it returns a response for the URLs it answers and undefined for the rest. */
export function answerFetch(handler: Handler): void {
  let handlers = holder[HANDLERS];
  if (!handlers) {
    handlers = holder[HANDLERS] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      for (const answer of holder[HANDLERS] ?? []) {
        const response = answer(url, init);
        if (response) return response;
      }
      return realFetch(input, init);
    };
  }
  handlers.push(handler);
}

/** A URL that fails as an offline reader's request would, so the retryable error state shows. */
export const OFFLINE = 'https://feeds.example/offline.json';

answerFetch((url) => (url === OFFLINE ? Promise.reject(new TypeError('Failed to fetch')) : undefined));

/** A URL that never answers (until its request is aborted), so a loading state stays on screen. */
export const NEVER_ANSWERS = 'https://feeds.example/never-answers.json';

answerFetch((url, init) =>
  url === NEVER_ANSWERS
    ? new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The story was left', 'AbortError')));
      })
    : undefined,
);
