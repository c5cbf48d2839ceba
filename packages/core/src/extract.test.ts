import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import type { Attribution, Claims } from './types';

const articleUrl = new URL('../../../../shared/stories/white-helmets/article.txt', import.meta.url);
const hasArticle = existsSync(articleUrl);

describe('extract', () => {
  it('returns every kind of claim with the claims schema', () => {
    const text = 'Officials said 400 people left on Saturday, July 21.';
    const claims = extract(text, { date: '2018-07-22' });
    expect(claims.schema).toBe('factdesk.claims/v1');
    expect(claims.figures.map((f) => f.text)).toContain('400');
    expect(claims.dates.map((d) => d.value)).toContain('2018-07-21');
    expect(claims.attributions).toHaveLength(1);
    expect(claims.sentences).toEqual([{ from: 0, to: text.length }]);
    expect(claims.mentions.map((m) => m.text)).toEqual(['Officials']);
  });

  it('resolves a pronoun that opens a paragraph through the mentions of the one before', () => {
    const before = extract('The remaining members were stranded, according to one of the members.');
    const claims = extract('He told CNN, “Help us.”', { lead: before.mentions });
    expect(claims.attributions[0].source).toMatchObject({
      text: 'He',
      resolved: 'one of the members',
    });
  });

  it('returns empty claims for an empty text', () => {
    expect(extract('')).toEqual({
      schema: 'factdesk.claims/v1',
      figures: [],
      dates: [],
      attributions: [],
      sentences: [],
      mentions: [],
    });
  });
});

describe.skipIf(!hasArticle)('extract on the white-helmets article', () => {
  const text = hasArticle ? readFileSync(articleUrl, 'utf8') : '';
  const claims: Claims = hasArticle
    ? extract(text, { date: '2018-07-22' })
    : {
        schema: 'factdesk.claims/v1',
        figures: [],
        dates: [],
        attributions: [],
        sentences: [],
        mentions: [],
      };
  const slice = (s: { from: number; to: number }) => text.slice(s.from, s.to);
  /** The attribution with this cue whose content starts with `content`. */
  const find = (cue: string, content: string): Attribution => {
    const a = claims.attributions.find(
      (x) => x.cue.text.replace(/\s+/g, ' ') === cue && slice(x.content).startsWith(content),
    );
    if (!a) throw new Error(`no attribution "${cue}" over "${content}"`);
    return a;
  };

  it('credits the Syrian authorities’ words to Le Monde and the scare quotes to the authorities', () => {
    const a = find('according to', 'Syrian authorities, however, refer');
    expect(a.source?.text).toBe('Le Monde');
    expect(a.quote).toBe(false);
    for (const words of ['terrorists', 'puppets of the West']) {
      const q = find('refer to the volunteers as', words);
      expect(q.quote).toBe(true);
      expect(q.source?.text).toBe('Syrian authorities');
    }
  });

  it('credits the denunciation to the regime', () => {
    const a = find('denounced', 'smuggling operation');
    expect(a.source?.text).toBe('The regime');
    expect(a.quote).toBe(true);
  });

  it('credits the death toll estimate to the Syrian Observatory for Human Rights', () => {
    const a = find('estimates', 'has resulted in the deaths');
    expect(a.source?.text).toContain('Syrian Observatory for Human Rights');
  });

  it('credits the tweet to Ayman Safadi with the tweet as outlet', () => {
    const a = find('confirmed', 'For humanitarian reasons');
    expect(a.quote).toBe(true);
    expect(a.source?.text).toContain('Ayman Safadi');
    expect(a.outlet?.text).toBe('tweet');
  });

  it('resolves "He said" to Safadi', () => {
    const a = find('said', 'The number requested was 800');
    expect(a.quote).toBe(true);
    expect(a.source).toMatchObject({ text: 'He' });
    expect(a.source?.resolved).toContain('Ayman Safadi');
  });

  it('credits the report on the stay to the Jordanian state news agency', () => {
    const a = find('reported', 'the evacuated rescue workers will stay');
    expect(a.source?.text).toBe('The Jordanian state news agency');
  });

  it('credits the blocked roads to one of the members', () => {
    const a = find('according to', 'The remaining White Helmets');
    expect(a.source?.text).toBe('one of the members');
  });

  it('resolves "He told CNN" to one of the members, with CNN as outlet', () => {
    const a = find('told', '[W]e are 300 volunteer members');
    expect(a.quote).toBe(true);
    expect(a.source).toMatchObject({ text: 'He', resolved: 'one of the members' });
    expect(a.outlet?.text).toBe('CNN');
    expect(slice(a.content).endsWith('save our lives.')).toBe(true);
  });

  it('credits the Hail Mary quote to an undisclosed source, with NPR as outlet', () => {
    const a = find('informed', 'Given the speed');
    expect(a.quote).toBe(true);
    expect(a.source?.text).toBe('An undisclosed source');
    expect(a.outlet?.text).toBe('NPR');
  });

  it('credits the confirmation to Jordanian and Israeli officials', () => {
    const a = find('confirmed', 'the operation had been successfully carried out');
    expect(a.source?.text).toContain('Jordanian and Israeli officials');
  });

  it('credits the IDF quote to the Israeli military and the report of it to Haaretz', () => {
    const q = find('stated', '[F]ollowing an Israeli Government directive');
    expect(q.quote).toBe(true);
    expect(q.source?.text).toBe('The Israeli military');
    const r = find('reported', 'The Israeli military stated that');
    expect(r.quote).toBe(false);
    expect(r.source?.text).toBe('Haaretz');
    expect(slice(r.content).endsWith('their families,”')).toBe(true);
  });

  it('finds no other attribution in the article', () => {
    expect(claims.attributions.map((a) => a.cue.text.replace(/\s+/g, ' ')).sort()).toEqual(
      [
        'according to',
        'according to',
        'accuses',
        'claim',
        'confirmed',
        'confirmed',
        'denounced',
        'estimates',
        'informed',
        'refer to the volunteers as',
        'refer to the volunteers as',
        'reported',
        'reported',
        'said',
        'stated',
        'told',
      ].sort(),
    );
    expect(claims.attributions.every((a) => a.source !== undefined)).toBe(true);
  });
});
