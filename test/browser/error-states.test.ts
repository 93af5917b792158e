import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { waitFor } from '../support/wait.js';

/**
 * The failure states come from one table for every data element: a message per kind of failure, and
 * "Try again" only where trying again can help.
 */
const TAGS = ['news-article', 'news-list', 'popular-news'] as const;

const CASES = [
  { name: 'a 400 refusal', src: '/mock/feed?status=400&body={"code":"rest_invalid_param","message":"Invalid parameter(s): orderby"}', code: 'http', retry: false, says: '(400)' },
  { name: 'a 404', src: '/mock/feed?status=404&body={}', code: 'http', retry: false, says: '404' },
  { name: 'an unreadable shape', src: '/mock/feed?body={"weather":"fine"}', code: 'unsupported-shape', retry: false, says: 'cannot read' },
  { name: 'a page that is not JSON', src: '/mock/feed?body=<html>login</html>&type=text/html', code: 'not-json', retry: false, says: 'not news data' },
  { name: 'a server error', src: '/mock/feed?status=503&body={}', code: 'http', retry: true, says: '(503)' },
  { name: 'too many requests', src: '/mock/feed?status=429&body={}', code: 'http', retry: true, says: '(429)' },
  { name: 'an unreachable host', src: 'http://127.0.0.1:9/feed.json', code: 'network', retry: true, says: 'connection' },
] as const;

for (const tag of TAGS) {
  describe(`<${tag}> failure states`, () => {
    for (const failure of CASES) {
      it(`${failure.name}: says so${failure.retry ? ', offers to try again' : ', offers no retry'} and fires news-error`, async () => {
        const codes: string[] = [];
        const el = await fixture<HTMLElement>(html`<div @news-error=${(event: CustomEvent<{ error: { code: string } }>) => codes.push(event.detail.error.code)}></div>`);
        const widget = document.createElement(tag);
        widget.setAttribute('src', `${failure.src}${failure.src.includes('?') ? '&' : '?'}key=${tag}-${failure.name.replace(/\W/g, '')}`);
        el.append(widget);
        await waitFor(() => widget.shadowRoot?.querySelector('[part~="error"]'), 'the error state shows');
        const state = widget.shadowRoot!.querySelector('[part~="error"]')!;
        expect(state.getAttribute('role')).to.equal('alert');
        expect(state.textContent).to.contain(failure.says);
        expect(state.querySelector('[part~="retry"]') !== null, 'retry button').to.equal(failure.retry);
        expect(codes).to.deep.equal([failure.code]);
        await expect(widget).to.be.accessible();
      });
    }
  });
}
