// The DOM the benchmarks' editors run in.
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

/**
 * jsdom's MutationObserver never forgets a node it observed (`disconnect` leaves its node list
 * behind), and ProseMirror re-observes its root around every update, so under plain jsdom an
 * editor's every update costs more than the one before and a benchmark ends up timing jsdom.
 * Browsers keep no such list; this subclass clears it on `disconnect`.
 */
function fixObserver(window: JSDOM['window']): void {
  const utils = createRequire(import.meta.url)('jsdom/lib/jsdom/living/generated/utils.js') as {
    implForWrapper(wrapper: object): { _nodeList: unknown[] };
  };
  const Base = window.MutationObserver;
  window.MutationObserver = class extends Base {
    override disconnect(): void {
      super.disconnect();
      utils.implForWrapper(this)._nodeList.length = 0;
    }
  };
}

/** Makes a jsdom window the global one, as a browser page has it. */
export function installDom(): void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  fixObserver(dom.window);
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'MutationObserver', 'getComputedStyle']) {
    if (!(key in g) || key === 'window' || key === 'document') {
      Object.defineProperty(g, key, {
        value:
          key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key],
        configurable: true,
        writable: true,
      });
    }
  }
}
