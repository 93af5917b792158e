/**
 * Records, then stops, link navigations that nothing on the page prevented: a test can assert where a
 * click would have gone while the run never leaves its page (which would abort it).
 */
export function catchNavigations(): { readonly urls: string[]; stop(): void } {
  const urls: string[] = [];
  const onClick = (event: MouseEvent): void => {
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || event.defaultPrevented) return;
    urls.push(anchor.href);
    event.preventDefault();
  };
  window.addEventListener('click', onClick);
  return { urls, stop: () => window.removeEventListener('click', onClick) };
}
