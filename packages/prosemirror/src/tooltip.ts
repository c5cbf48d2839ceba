import type { Fact } from '@factdesk/core';
import type { EditorView } from 'prosemirror-view';
import { applySuggestion, dismissFinding, findingAt, nextFinding, prevFinding } from './commands';
import { factCheckKey } from './keys';
import type { Action } from './state';
import type { DocFinding, FactSource } from './types';

let counter = 0;

/** A new id for a tooltip element, unique in the page. */
export function tooltipId(): string {
  return `factdesk-tooltip-${++counter}`;
}

const labels: Record<string, string> = {
  'figure-contradicted': 'Figure contradicts the record',
  'figure-understated': 'Figure understates the record',
  'figure-unconfirmed': 'Figure not confirmed by the record',
  'figure-stale': 'Figure from a superseded record',
  'figure-inconsistent': 'Figure differs elsewhere in the draft',
  'figure-unsourced': 'Figure with no record',
  'figure-confirmed': 'Figure confirmed',
  'date-contradicted': 'Date contradicts the record',
  'date-confirmed': 'Date confirmed',
  'quote-altered': 'Quote differs from the record',
  'quote-misattributed': 'Quote attributed to someone else',
  'quote-confirmed': 'Quote confirmed',
  'attribution-contradicted': 'Attribution differs from the record',
  'quote-unattributed': 'Quote with no speaker',
};

const icons: Record<string, string> = { error: '✕', warning: '!', info: 'i', ok: '✓' };

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  // Fact and draft text is only ever set as text, never parsed as HTML.
  if (text != null) node.textContent = text;
  return node;
}

function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** What the record says, as text: the value and subject, or the recorded quote and speaker. */
function recordText(f: DocFinding, fact: Fact | undefined): string {
  if (fact?.kind === 'quote') return `“${fact.text}” (${fact.speaker.name})`;
  if (fact?.kind === 'statement') {
    const channel = fact.channel ? `, ${fact.channel}` : '';
    return `${fact.subject} (${fact.speaker.name}${channel})`;
  }
  return [f.expected, fact?.subject].filter(Boolean).join(' · ');
}

/** A selector for the same control in a tooltip drawn again. */
function focusable(el: HTMLElement): string | null {
  if (el.dataset.factdeskAction) return `[data-factdesk-action="${el.dataset.factdeskAction}"]`;
  const known = ['factdesk-tooltip__reason', 'factdesk-tooltip__source'];
  const name = known.find((c) => el.classList.contains(c));
  return name ? `.${name}` : null;
}

/**
 * The tooltip of a finding: what was found, what the record says, its source (linked when it
 * has a URL), its as-of date and the actions. Opened by the plugin when the pointer rests on a
 * finding or the cursor enters one; `role="tooltip"`, and the finding points at it with
 * `aria-describedby`. Escape closes it.
 */
export class Tooltip {
  readonly dom: HTMLElement;
  private shown: string | null = null;
  /** The key of the finding shown, while the tooltip stays open. */
  private key: string | null = null;
  private fact: Fact | undefined;
  private readonly news: HTMLElement;
  /** The finding (id and message) last read out. */
  private told = '';

  constructor(
    private readonly view: EditorView,
    id: string,
    private readonly source: FactSource,
  ) {
    const doc = view.dom.ownerDocument;
    this.dom = el(doc, 'div', 'factdesk-tooltip');
    this.dom.id = id;
    this.dom.setAttribute('role', 'tooltip');
    this.dom.hidden = true;
    this.dom.addEventListener('mousedown', (e) => {
      // Keep the editor's selection and focus when a button is pressed.
      if ((e.target as HTMLElement).closest('button')) e.preventDefault();
    });
    this.dom.addEventListener('click', (e) => this.onClick(e));
    this.dom.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.close();
        this.view.focus();
      }
    });
    // The cursor moving into a finding is not read out by screen readers, whatever the span's
    // `aria-describedby`: a polite status says what the tooltip opened on.
    this.news = el(doc, 'div', 'factdesk-news');
    this.news.setAttribute('role', 'status');
    (view.dom.parentNode ?? doc.body).append(this.dom, this.news);
  }

  /** Shows the tooltip for the active finding of the state, or hides it. */
  update(): void {
    const active = factCheckKey.getState(this.view.state)?.active;
    const finding = active ? findingAt(this.view.state, active.id) : undefined;
    if (!finding) {
      this.hide();
      return;
    }
    // What the tooltip shows: a re-check can keep a finding's id and change what it says, and a
    // fact change can change its record (a changed fact is a new object). Other facts arriving
    // leave it be, and with it a reason being typed.
    const { id, kind, severity, message, text, expected, suggestion, factId } = finding;
    const fact = factId ? this.source.facts.get(factId) : undefined;
    // (`join` writes a missing `expected` or `suggestion` as an empty string.)
    // A read-only view offers no edit: its tooltip changes with `editable`.
    const edits = this.view.editable;
    const content = [id, kind, severity, message, text, expected, suggestion, edits].join('\0');
    if (this.shown !== content || this.fact !== fact) this.render(finding, fact);
    this.shown = content;
    this.fact = fact;
    // Opened from the keyboard (the pointer's reader sees it): read out, once per finding.
    const tell = `${labels[kind] ?? kind}: ${message}`;
    if (!active!.hover && this.told !== `${id}\0${tell}`) {
      this.told = `${id}\0${tell}`;
      this.news.textContent = tell;
    }
    if (this.dom.hidden) this.dom.hidden = false;
    this.place(finding);
  }

  /** Closes the tooltip (as Escape does). */
  close(): void {
    const tr = this.view.state.tr.setMeta(factCheckKey, {
      type: 'active',
      id: null,
    } satisfies Action);
    this.view.dispatch(tr);
  }

  private hide(): void {
    // Setting `hidden` again, even unchanged, makes the browser recompute the page's style.
    if (!this.dom.hidden) this.dom.hidden = true;
    this.shown = null;
    this.key = null;
    // Cleared, so that the same finding entered again is read out again.
    if (this.told) this.news.textContent = '';
    this.told = '';
  }

  private render(f: DocFinding, fact: Fact | undefined): void {
    const doc = this.dom.ownerDocument;
    // A reason being typed survives a re-render of the same finding, and so does the focus.
    const old = this.dom.querySelector<HTMLInputElement>('.factdesk-tooltip__reason');
    // The same finding, renumbered or not: its key.
    const kept = old && this.key === f.key ? old.value : '';
    this.key = f.key;
    const had = doc.activeElement as HTMLElement | null;
    const focus = had && this.dom.contains(had) ? focusable(had) : null;
    this.dom.replaceChildren();
    this.dom.className = `factdesk-tooltip factdesk-tooltip--${f.severity}`;
    const title = el(doc, 'div', 'factdesk-tooltip__title');
    title.append(
      el(doc, 'span', 'factdesk-tooltip__icon', icons[f.severity] ?? ''),
      el(doc, 'span', 'factdesk-tooltip__label', labels[f.kind] ?? f.kind),
    );
    title.firstElementChild!.setAttribute('aria-hidden', 'true');
    this.dom.append(title, el(doc, 'p', 'factdesk-tooltip__message', f.message));

    const list = el(doc, 'dl', 'factdesk-tooltip__record');
    const row = (term: string, value: Node | string) => {
      const dd = el(doc, 'dd', '');
      dd.append(value);
      list.append(el(doc, 'dt', '', term), dd);
    };
    row('Draft', f.text);
    const record = recordText(f, fact);
    if (record) row('Record', record);
    if (fact) {
      const url = safeUrl(fact.source.url);
      if (url) {
        const a = el(doc, 'a', 'factdesk-tooltip__source', fact.source.name);
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        row('Source', a);
      } else row('Source', fact.source.name);
      const asOf = fact.asOf ?? fact.source.publishedAt;
      if (asOf) row('As of', asOf);
    }
    this.dom.append(list);

    const actions = el(doc, 'div', 'factdesk-tooltip__actions');
    const button = (action: string, label: string) => {
      const b = el(
        doc,
        'button',
        `factdesk-tooltip__button factdesk-tooltip__button--${action}`,
        label,
      );
      b.type = 'button';
      b.dataset.factdeskAction = action;
      actions.append(b);
    };
    // A read-only view (a viewer's) neither rewrites the story nor dismisses for everyone.
    if (this.view.editable) {
      if (f.suggestion != null && f.suggestion !== f.text) button('apply', `Use ${f.suggestion}`);
      const reason = el(doc, 'input', 'factdesk-tooltip__reason');
      reason.type = 'text';
      reason.placeholder = 'Reason (optional)';
      reason.setAttribute('aria-label', 'Reason for dismissing');
      reason.value = kept;
      actions.append(reason);
      button('dismiss', 'Dismiss');
    }
    button('prev', 'Previous');
    button('next', 'Next');
    this.dom.append(actions);
    if (focus) this.dom.querySelector<HTMLElement>(focus)?.focus();
  }

  private place(f: DocFinding): void {
    try {
      const at = this.view.coordsAtPos(f.from);
      const box = (this.dom.offsetParent ?? this.dom.ownerDocument.body).getBoundingClientRect();
      // Unchanged positions are not written again: each write costs a style recalculation.
      const left = `${at.left - box.left}px`;
      const top = `${at.bottom - box.top + 4}px`;
      if (this.dom.style.left !== left) this.dom.style.left = left;
      if (this.dom.style.top !== top) this.dom.style.top = top;
    } catch {
      // No layout (e.g. jsdom): leave the tooltip where the stylesheet puts it.
    }
  }

  private onClick(e: MouseEvent): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-factdesk-action]');
    if (!target) return;
    const id = factCheckKey.getState(this.view.state)?.active?.id;
    const { state, dispatch } = this.view;
    const action = target.dataset.factdeskAction;
    if (action === 'apply') applySuggestion(id)(state, dispatch, this.view);
    else if (action === 'dismiss') {
      const reason = this.dom
        .querySelector<HTMLInputElement>('.factdesk-tooltip__reason')
        ?.value.trim();
      dismissFinding(id, reason || undefined)(state, dispatch, this.view);
    } else if (action === 'next') nextFinding(state, dispatch);
    else if (action === 'prev') prevFinding(state, dispatch);
    this.view.focus();
  }

  destroy(): void {
    this.dom.remove();
    this.news.remove();
  }
}
