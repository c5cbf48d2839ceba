// The editor page's test hooks (apps/editor sets `window.factdesk`), as the tests use them.
export {};

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: the hooks are live objects of the page (view, provider, Y).
    factdesk: any;
    __xss?: number;
  }
}
