import type { Fact } from '@factdesk/core';
import { TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applySuggestion, dismissedOf, dismissFinding, findingsOf } from './commands';
import { factCheckKey } from './keys';
import { memoryFactSource } from './source';
import { docOf, facts, mount } from './testing';

const a = 'Officials said nearly 500 people were evacuated on Saturday night.';
const b = 'The group has 3,700 volunteers across the north.';
const saved = 'The White Helmets have saved 200,000 lives.';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function tooltip(): HTMLElement {
  return document.querySelector<HTMLElement>('.factdesk-tooltip')!;
}

function caretInto(view: ReturnType<typeof mount>['view'], id: string) {
  const f = findingsOf(view.state).find((x) => x.id === id)!;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, f.from + 1)));
  return f;
}

/** Moves the pointer onto the draft's contradicted figure; returns its finding and element. */
function pointAtContradiction(view: ReturnType<typeof mount>['view']) {
  const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
  const span = view.dom.querySelector(`[data-finding-id="${f.id}"]`)!;
  span.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  return { f, span };
}

describe('tooltip', () => {
  it('opens after the pointer rests on a finding for 200 ms', () => {
    vi.useFakeTimers();
    const { view } = mount(docOf(a));
    const { f } = pointAtContradiction(view);
    vi.advanceTimersByTime(150);
    expect(tooltip().hidden).toBe(true);
    vi.advanceTimersByTime(100);
    expect(tooltip().hidden).toBe(false);
    expect(tooltip().getAttribute('role')).toBe('tooltip');
    const described = view.dom.querySelector(`[data-finding-id="${f.id}"]`)!;
    expect(described.getAttribute('aria-describedby')).toBe(tooltip().id);
    view.destroy();
  });

  it('opens no other finding that took the id of the one under the pointer while it rested', () => {
    vi.useFakeTimers();
    const p = 'Later, nearly 500 people were evacuated, they said.';
    const { view } = mount(docOf(p, p, p, a));
    const drawn = () => view.dom.querySelectorAll<HTMLElement>('.factdesk-finding--error');
    const rested = drawn()[2];
    const id = rested.dataset.findingId!;
    rested.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    // A colleague deletes the first paragraph: the findings are numbered again, and the id of
    // the third paragraph's finding is now the last paragraph's.
    view.dispatch(view.state.tr.delete(0, view.state.doc.child(0).nodeSize));
    expect(findingsOf(view.state).find((f) => f.id === id)!.text).toBe('nearly 500');
    expect(
      view.state.doc.resolve(findingsOf(view.state).find((f) => f.id === id)!.from).index(0),
    ).toBe(2);
    vi.advanceTimersByTime(250);
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    expect(tooltip().hidden).toBe(true);
    // What the pointer rests on now (a browser says so when the text moves under it) opens.
    const now = drawn()[1];
    now.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(250);
    expect(factCheckKey.getState(view.state)!.active!.id).toBe(now.dataset.findingId);
    view.destroy();
  });

  it('closes after the pointer leaves a finding for the plain text beside it', () => {
    vi.useFakeTimers();
    const { view } = mount(docOf(a));
    const { span } = pointAtContradiction(view);
    vi.advanceTimersByTime(250);
    expect(tooltip().hidden).toBe(false);
    // A browser sends mouseout to the finding, then mouseover to the paragraph.
    const p = view.dom.querySelector('p')!;
    span.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: p }));
    p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: span }));
    vi.advanceTimersByTime(1000);
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    expect(tooltip().hidden).toBe(true);
    view.destroy();
  });

  it('never moves to another finding that took the id of the one it was open on', () => {
    const p1 = 'Officials said nearly 500 people were evacuated.';
    const p3 = 'Later, nearly 500 people were evacuated, they said.';
    const { view } = mount(docOf(p1, 'Plain.', p3));
    const [first, second] = findingsOf(view.state);
    expect(second.key).toBe(first.key);
    caretInto(view, first.id);
    // The figure under the cursor is rewritten ("500" to "many"): its finding goes, and the
    // same claim's finding in the third paragraph is renumbered to the open one's id.
    const at = first.from + 'nearly '.length;
    view.dispatch(view.state.tr.insertText('many', at, at + 3));
    expect(findingsOf(view.state).map((f) => f.id)).toEqual([first.id]);
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    expect(tooltip().hidden).toBe(true);
    // Escape, with nothing open, is left to the editor and the page.
    const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    view.dom.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    view.destroy();
  });

  it('follows its finding when an earlier finding of the same claim goes', () => {
    const p1 = 'Officials said nearly 500 people were evacuated.';
    const p3 = 'Later, nearly 500 people were evacuated, they said.';
    const { view } = mount(docOf(p1, 'Plain.', p3));
    const [first, second] = findingsOf(view.state);
    caretInto(view, second.id);
    view.dispatch(view.state.tr.delete(0, view.state.doc.child(0).nodeSize));
    const [now] = findingsOf(view.state);
    expect(now.id).toBe(first.id);
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(now.id);
    expect(tooltip().hidden).toBe(false);
    view.destroy();
  });

  it('keeps a reason being typed when its finding follows the claim to a new id', () => {
    const p1 = 'Officials said nearly 500 people were evacuated.';
    const { view } = mount(docOf(p1, 'Plain.', p1));
    const second = findingsOf(view.state)[1];
    caretInto(view, second.id);
    const input = tooltip().querySelector<HTMLInputElement>('.factdesk-tooltip__reason')!;
    input.value = 'the ministry confirmed 500 by phone';
    // A collaborator deletes the first copy: the second takes its id.
    view.dispatch(view.state.tr.delete(0, view.state.doc.child(0).nodeSize));
    expect(factCheckKey.getState(view.state)!.active?.id).not.toBe(second.id);
    const reason = tooltip().querySelector<HTMLInputElement>('.factdesk-tooltip__reason')!;
    expect(reason.value).toBe('the ministry confirmed 500 by phone');
    view.destroy();
  });

  it('keeps a reason being typed, and the focus, when other facts arrive', () => {
    const source = memoryFactSource(facts);
    const { view } = mount(docOf(a, b), { source });
    const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
    caretInto(view, f.id);
    const input = tooltip().querySelector<HTMLInputElement>('.factdesk-tooltip__reason')!;
    input.focus();
    input.value = 'checked with the ministry';
    const reason = () => tooltip().querySelector<HTMLInputElement>('.factdesk-tooltip__reason')!;
    // A fact for another term of the draft arrives: nothing the tooltip shows changes.
    source.upsert([{ ...facts[0], id: 'volunteers', terms: ['volunteers'], value: 3700 } as Fact]);
    expect(reason()).toBe(input);
    expect(reason().value).toBe('checked with the ministry');
    // The finding's own fact changes: the record is drawn again, the reason and focus kept.
    source.upsert([{ ...facts[0], value: 420 } as Fact]);
    expect(tooltip().textContent).toContain('420');
    expect(reason().value).toBe('checked with the ministry');
    expect(document.activeElement).toBe(reason());
    view.destroy();
  });

  it('leaves a closed tooltip untouched while the draft is typed', async () => {
    const { view } = mount(docOf(a, b));
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(tooltip(), { attributes: true, childList: true, subtree: true });
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3)));
    for (const ch of 'The report ') view.dispatch(view.state.tr.insertText(ch));
    await Promise.resolve();
    observer.disconnect();
    // Rewriting even an unchanged attribute makes a browser recompute the page's style.
    expect(writes).toEqual([]);
    expect(tooltip().hidden).toBe(true);
    view.destroy();
  });

  it('opens when the cursor moves into a finding and closes on Escape', () => {
    const { view } = mount(docOf(a, b));
    const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
    caretInto(view, f.id);
    expect(tooltip().hidden).toBe(false);
    view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tooltip().hidden).toBe(true);
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    // Moving within the same finding does not reopen it; leaving and coming back does.
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, f.from + 2)));
    expect(tooltip().hidden).toBe(true);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1)));
    caretInto(view, f.id);
    expect(tooltip().hidden).toBe(false);
    view.destroy();
  });

  it('reads out the finding it opens on from the keyboard, not on hover', () => {
    vi.useFakeTimers();
    const { view } = mount(docOf(a, b));
    const news = document.querySelector<HTMLElement>('.factdesk-news')!;
    expect(news.getAttribute('role')).toBe('status');
    const [first, second] = findingsOf(view.state);
    caretInto(view, first.id);
    expect(news.textContent).toContain(first.message);
    caretInto(view, second.id);
    expect(news.textContent).toContain(second.message);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1)));
    expect(news.textContent).toBe('');
    pointAtContradiction(view);
    vi.advanceTimersByTime(250);
    expect(tooltip().hidden).toBe(false);
    expect(news.textContent).toBe('');
    view.destroy();
    expect(document.querySelector('.factdesk-news')).toBeNull();
  });

  it('opens when the cursor reaches a finding of one character', () => {
    const { view } = mount(docOf('Only 5 made it to the meeting point.'));
    const [f] = findingsOf(view.state);
    expect(f.text).toBe('5');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, f.from)));
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(f.id);
    expect(tooltip().hidden).toBe(false);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, f.to)));
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    view.destroy();
  });

  it('shows what was found, what the record says, its source with a link, and its date', () => {
    const { view } = mount(docOf(a));
    const f = caretInto(
      view,
      findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!.id,
    );
    const t = tooltip();
    expect(t.textContent).toContain(f.message);
    expect(t.textContent).toContain('nearly 500');
    expect(t.textContent).toContain(
      'White Helmets members and relatives evacuated via Israel to Jordan',
    );
    expect(t.textContent).toContain('2018-07-22');
    const link = t.querySelector('a')!;
    expect(link.href).toBe('https://twitter.com/AymanHsafadi');
    expect(link.textContent).toBe('Jordanian foreign minister Ayman Safadi (tweet)');
    expect(link.rel).toContain('noopener');
    const actions = [...t.querySelectorAll<HTMLElement>('[data-factdesk-action]')].map(
      (x) => x.dataset.factdeskAction,
    );
    expect(actions).toEqual(['apply', 'dismiss', 'prev', 'next']);
    view.destroy();
  });

  it('shows the new source link of an open finding when only the link changes', () => {
    const source = memoryFactSource(facts);
    const { view } = mount(docOf(a), { source });
    const f = caretInto(
      view,
      findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!.id,
    );
    const fact = source.facts.get(f.factId!)!;
    const url = 'https://example.org/corrected-link';
    source.upsert([{ ...fact, source: { ...fact.source, url } }]);
    // The finding itself is unchanged: same id, same message.
    expect(findingsOf(view.state).find((x) => x.id === f.id)?.message).toBe(f.message);
    expect(tooltip().hidden).toBe(false);
    expect(tooltip().querySelector('a')!.href).toBe(url);
    view.destroy();
  });

  it('renders fact text as text, never as HTML, and links no script URL', () => {
    const { view } = mount(docOf(saved));
    const f = findingsOf(view.state).find((x) => x.factId === 'lives-saved');
    expect(f).toBeDefined();
    caretInto(view, f!.id);
    const t = tooltip();
    expect(t.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(t.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(t.querySelector('a')).toBeNull();
    view.destroy();
  });

  it('renders a recorded quote made of markup as text', () => {
    const quote = {
      id: 'markup-quote',
      kind: 'quote' as const,
      subject: 'A quote that looks like markup',
      speaker: { name: 'Ayman Safadi', aliases: ['Safadi'] },
      text: '<img src=x onerror=alert(1)> is what the tweet said today',
      source: { name: 'Ayman Safadi on Twitter' },
    };
    const source = memoryFactSource([...facts, quote]);
    const { view } = mount(
      docOf('"<img src=x onerror=alert(2)> is what the tweet said today," Safadi said.'),
      {
        source,
      },
    );
    const f = findingsOf(view.state).find((x) => x.factId === 'markup-quote');
    expect(f, 'the altered quote is found').toBeDefined();
    caretInto(view, f!.id);
    expect(tooltip().textContent).toContain(quote.text);
    expect(document.querySelector('img')).toBeNull();
    view.destroy();
  });

  it('runs its actions: next, dismiss, apply', () => {
    const { view } = mount(docOf(a, b));
    const all = findingsOf(view.state);
    caretInto(view, all[0].id);
    const click = (action: string) =>
      tooltip().querySelector<HTMLElement>(`[data-factdesk-action="${action}"]`)!.click();
    click('next');
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[1].id);
    click('prev');
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[0].id);
    tooltip().querySelector<HTMLInputElement>('.factdesk-tooltip__reason')!.value =
      'confirmed by phone';
    click('dismiss');
    expect(dismissedOf(view.state)[0]).toMatchObject({
      id: all[0].id,
      dismissed: { reason: 'confirmed by phone' },
    });
    expect(tooltip().hidden).toBe(true);
    view.destroy();
  });

  it('applies the suggestion from its apply button', () => {
    const { view } = mount(docOf(a));
    const f = caretInto(
      view,
      findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!.id,
    );
    tooltip().querySelector<HTMLElement>('[data-factdesk-action="apply"]')!.click();
    expect(view.state.doc.textContent).toContain(`said ${f.suggestion} people`);
    view.destroy();
  });

  it('offers a read-only view no edit, and the commands refuse it', () => {
    const { view } = mount(docOf(a));
    const action = (name: string) =>
      tooltip().querySelector<HTMLElement>(`[data-factdesk-action="${name}"]`);
    view.setProps({ editable: () => false });
    const f = caretInto(
      view,
      findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!.id,
    );
    expect(tooltip().hidden).toBe(false);
    expect(action('apply')).toBeNull();
    expect(action('dismiss')).toBeNull();
    expect(tooltip().querySelector('.factdesk-tooltip__reason')).toBeNull();
    expect(action('next')).not.toBeNull();
    expect(applySuggestion(f.id)(view.state, view.dispatch, view)).toBe(false);
    expect(dismissFinding(f.id)(view.state, view.dispatch, view)).toBe(false);
    expect(view.state.doc.textContent).toBe(a);
    expect(dismissedOf(view.state)).toEqual([]);
    // Made editable again, the open tooltip offers its edits.
    view.setProps({ editable: () => true });
    action('apply')!.click();
    expect(view.state.doc.textContent).toContain(`said ${f.suggestion} people`);
    view.destroy();
  });
});
