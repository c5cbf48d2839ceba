import { type Fact, FactIndex } from '@factdesk/core';
import { describe, expect, it } from 'vitest';
import { blocksOf, checkDocument, extractDocument } from './document';

const total: Fact = {
  id: 'evacuated-total',
  kind: 'figure',
  subject: 'Evacuated',
  terms: ['evacuated', 'made it'],
  value: 422,
  source: { name: 'Safadi' },
};

describe('blocksOf', () => {
  it('splits a text into runs of non-blank lines', () => {
    const text = 'One line\nand two.\n\n  Next one.  \n';
    expect(blocksOf(text).map((b) => text.slice(b.from, b.to))).toEqual([
      'One line\nand two.',
      'Next one.',
    ]);
  });

  it('starts a block at each Markdown list item, heading and block quote', () => {
    const source = '# Head\n- 800 were meant to go\n- nearly 500 made it\n> quoted\n> on';
    const masked = '  Head\n  800 were meant to go\n  nearly 500 made it\n  quoted\n  on';
    expect(blocksOf(masked, source).map((b) => masked.slice(b.from, b.to))).toEqual([
      'Head',
      '800 were meant to go',
      'nearly 500 made it',
      'quoted\n  on',
    ]);
  });
});

describe('documents', () => {
  it('gives offsets into the Markdown source, with the source’s own text', () => {
    const source = 'Intro.\n\n* **Nearly 500** made it.';
    const findings = checkDocument(source, new FactIndex([total]), { markdown: true });
    expect(findings).toHaveLength(1);
    expect(source.slice(findings[0].from, findings[0].to)).toBe('Nearly 500');
    expect(findings[0].text).toBe('Nearly 500');
  });

  it('takes a person named in the previous paragraph as the speaker of a quote opening the next', () => {
    const kinds = (text: string) => checkDocument(text, new FactIndex([total])).map((f) => f.kind);
    expect(kinds('Jane Smith was led from the dock.\n\n“I have nothing left to lose.”')).toEqual(
      [],
    );
    expect(kinds('The court rose.\n\n“I have nothing left to lose.”')).toEqual([
      'quote-unattributed',
    ]);
  });

  it('extracts every block with offsets into the whole text', () => {
    const text = 'First, 12 people.\n\nThen 422 made it.';
    const claims = extractDocument(text);
    expect(claims.figures.map((f) => text.slice(f.from, f.to))).toEqual(['12', '422']);
    expect(claims.sentences).toHaveLength(2);
  });
});

describe('Markdown documents', () => {
  const check = (source: string) =>
    checkDocument(source, new FactIndex([total]), { markdown: true });
  const applied = (source: string) =>
    check(source).map((f) =>
      f.suggestion === undefined
        ? undefined
        : source.slice(0, f.from) + f.suggestion + source.slice(f.to),
    );

  it('gives every extracted claim the source’s own text of its span, marks included', () => {
    const source = 'Nearly *500* made it, **Jordan** said.';
    const claims = extractDocument(source, { markdown: true });
    const spans = [...claims.figures, ...claims.mentions, ...claims.attributions.map((a) => a.cue)];
    expect(spans.length).toBeGreaterThan(2);
    for (const span of spans) expect(span.text).toBe(source.slice(span.from, span.to));
    expect(claims.figures[0].text).toBe('Nearly *500*');
  });

  it('does not check text inside HTML comments, one spanning lines included', () => {
    expect(check('Only 422 made it. <!-- Nearly 500 made it. -->')).toEqual([]);
    expect(check('Only 422 made it.\n<!--\nNearly 500 made it.\n-->\n')).toEqual([]);
  });

  it('widens a finding over the emphasis it cuts through, so its suggestion keeps the Markdown whole', () => {
    expect(check('Nearly *500* made it.').map((f) => f.text)).toEqual(['Nearly *500*']);
    expect(applied('Nearly *500* made it.')).toEqual(['422 made it.']);
    expect(applied('*Nearly* 500 made it.')).toEqual(['422 made it.']);
    expect(applied('[Nearly](https://x.org/a_b) 500 made it.')).toEqual(['422 made it.']);
    expect(applied('**Nearly 500** made it.')).toEqual(['**422** made it.']);
  });

  it('checks the text after a `<!--` inside an inline code span', () => {
    const source =
      'Type `<!--` to open a comment. Nearly 500 made it.\n\nNearly 500 made it again.';
    expect(check(source).map((f) => f.text)).toEqual(['Nearly 500', 'Nearly 500']);
  });

  it('keeps an HTML tag beside a finding out of its span and its suggestion', () => {
    expect(check('Nearly *500*<br>made it.').map((f) => f.text)).toEqual(['Nearly *500*']);
    expect(applied('Nearly *500*<br>made it.')).toEqual(['422<br>made it.']);
    expect(check('Nearly **500**<sup>1</sup> made it.')[0].text).toBe('Nearly **500**');
  });

  it('drops the suggestion of a finding when no widening closes the marks it cuts through', () => {
    const [finding] = check('**Nearly *500* made it**');
    expect(finding).toMatchObject({ kind: 'figure-contradicted', text: 'Nearly *500' });
    expect(finding.suggestion).toBeUndefined();
  });
});
