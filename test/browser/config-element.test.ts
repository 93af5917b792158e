import { expect, fixture, html } from '@open-wc/testing';

describe('page-wide defaults from a JSON script element', () => {
  it('reads <script type="application/json" id="news-widgets-config"> with no JavaScript from the page', async () => {
    const config = document.createElement('script');
    config.type = 'application/json';
    config.id = 'news-widgets-config';
    config.textContent = JSON.stringify({ lang: 'ar', theme: 'auto' });
    document.head.append(config);
    // Loaded only now, as a publisher's deferred script would be, after the config is in the page.
    await import('../../src/define.js');
    const list = await fixture(html`<news-list .articles=${[]}></news-list>`);
    const root = list.shadowRoot!.querySelector('[part="root"]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(list.matches(':state(theme-auto)')).to.equal(true);
  });
});
