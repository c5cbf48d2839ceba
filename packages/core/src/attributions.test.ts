import { describe, expect, it } from 'vitest';
import { extractAttributions } from './attributions';
import { splitSentences } from './sentences';
import type { Mention } from './types';

/** The attributions of `text`, as the texts they cover. */
function read(text: string, lead?: Mention[]) {
  return extractAttributions(text, splitSentences(text), lead).attributions.map((a) => ({
    cue: a.cue.text,
    source: a.source?.text,
    resolved: a.source?.resolved,
    outlet: a.outlet?.text,
    content: text.slice(a.content.from, a.content.to),
    quote: a.quote,
  }));
}

describe('extractAttributions', () => {
  it('resolves a pronoun to a person named earlier in the same sentence', () => {
    expect(read('After Ann Lee arrived, she said the plan was dead.')[0]).toMatchObject({
      source: 'she',
      resolved: 'Ann Lee',
    });
  });

  it('resolves a pronoun to a person named in the previous sentence, skipping places', () => {
    expect(
      read('Mayor Ann Lee thanked Canada and Germany. He said the city would rebuild.')[0],
    ).toMatchObject({ source: 'He', resolved: 'Mayor Ann Lee' });
  });

  it('resolves a pronoun to the speaker, not to the broadcaster she spoke to', () => {
    expect(
      read(
        'Karen Liu told Bloomberg Television that the company would keep hiring. He added that pay would rise.',
      )[1],
    ).toMatchObject({ source: 'He', resolved: 'Karen Liu' });
  });

  it('reads no title into an organisation: "the EU\u2019s executive said" names no person', () => {
    expect(
      read('"We will respond," the EU\u2019s executive said in Brussels.')[0]?.source,
    ).toBeUndefined();
  });

  it('reads the outlet named after its description: "told state broadcaster TRT"', () => {
    const outlets = (text: string) => read(text).map((a) => a.outlet);
    expect(outlets('Kemal Memisoglu told state broadcaster TRT that dozens were hurt.')).toEqual([
      'TRT',
    ]);
    expect(outlets("He told Turkey's state broadcaster TRT that dozens were hurt.")).toEqual([
      'TRT',
    ]);
    expect(outlets('He told German public broadcaster ARD that it was over.')).toEqual(['ARD']);
    expect(outlets('He told reporters that it was over.')).toEqual([undefined]);
    expect(outlets('Reeves told veteran broadcaster Iain Dale that it was over.')).toEqual([
      undefined,
    ]);
  });

  it('reads the outlet after a nationality and its description: "told French daily Le Monde"', () => {
    expect(read('Macron told French daily Le Monde that the talks had failed.')[0]?.outlet).toBe(
      'Le Monde',
    );
  });

  it('reads an outlet of any name before "radio" or "television": "told Kan radio"', () => {
    expect(read('Smith told Kan radio he would not resign.')[0]?.outlet).toBe('Kan');
  });

  it('reads the outlet before its description: "told ZDF television"', () => {
    expect(read('He told ZDF television his party was the real winner.')[0]).toMatchObject({
      outlet: 'ZDF',
      content: 'his party was the real winner',
    });
  });

  it('reads no outlet in a court, a body, its members or a person named by surname', () => {
    const outlets = (text: string) => read(text).map((a) => a.outlet);
    for (const told of [
      'the court',
      'Southwark Crown Court',
      'the committee',
      'members',
      'Keller',
      'Netanyahu',
    ])
      expect(outlets(`Grey told ${told} that it was over.`), told).toEqual([undefined]);
    for (const told of [
      'Reuters',
      'NPR',
      'the Guardian',
      'Le Monde',
      'Sky News',
      'the BBC',
      'Interfax',
      'Bild',
      'Vox',
    ])
      expect(outlets(`Grey told ${told} that it was over.`), told).toEqual([told]);
  });

  it('resolves "they" to a group', () => {
    expect(
      read('Syrian authorities met on Monday. They said the border was closed.')[0],
    ).toMatchObject({ source: 'They', resolved: 'Syrian authorities' });
  });

  it('resolves a pronoun in the first sentence through the lead mentions', () => {
    const lead = [
      { from: 0, to: 6, text: 'Canada' },
      { from: 10, to: 49, text: 'Jordanian Foreign Minister Ayman Safadi' },
      { from: 60, to: 67, text: 'Germany' },
    ];
    expect(read('He told CNN the plan had failed.', lead)[0]).toMatchObject({
      source: 'He',
      resolved: 'Jordanian Foreign Minister Ayman Safadi',
      outlet: 'CNN',
    });
  });

  it('leaves a pronoun with nobody to stand for unresolved', () => {
    const [a] = read('She said the plan had failed.');
    expect(a.source).toBe('She');
    expect(a.resolved).toBeUndefined();
  });

  it('ties a quote to the cue that introduces it', () => {
    expect(read('Ann Lee said, “We will rebuild.”')).toEqual([
      {
        cue: 'said',
        source: 'Ann Lee',
        resolved: undefined,
        outlet: undefined,
        content: 'We will rebuild.',
        quote: true,
      },
    ]);
  });

  it('ties a quote to a cue after it, with the pronoun resolved', () => {
    expect(read('Mayor Ann Lee spoke. “We will rebuild,” she said.')).toEqual([
      {
        cue: 'said',
        source: 'she',
        resolved: 'Mayor Ann Lee',
        outlet: undefined,
        content: 'We will rebuild,',
        quote: true,
      },
    ]);
    expect(read('“We will rebuild,” said Mayor Ann Lee.')[0]).toMatchObject({
      source: 'Mayor Ann Lee',
      quote: true,
    });
  });

  it('ties a quote that stands alone to a bare cue in the next sentence', () => {
    expect(read('“We are 300 volunteers.” One of the members told CNN.')).toEqual([
      {
        cue: 'told',
        source: 'One of the members',
        resolved: undefined,
        outlet: 'CNN',
        content: 'We are 300 volunteers.',
        quote: true,
      },
    ]);
  });

  it('ties a quote that stands alone to the speaker of the previous sentence', () => {
    const all = read('Ann Lee told reporters the city was safe. “We will rebuild.”');
    expect(all).toHaveLength(2);
    expect(all.find((a) => a.quote)).toMatchObject({
      cue: 'told',
      source: 'Ann Lee',
      content: 'We will rebuild.',
    });
    expect(all.find((a) => !a.quote)).toMatchObject({ content: 'the city was safe' });
  });

  it('gives a quote with no speaker near it no source and an empty cue', () => {
    const text = 'The sign at the gate read “Welcome home.”';
    const [a] = extractAttributions(text, splitSentences(text)).attributions;
    expect(a.quote).toBe(true);
    expect(a.source).toBeUndefined();
    expect(a.cue).toEqual({ from: 26, to: 26, text: '' });
    expect(text.slice(a.from, a.to)).toBe('“Welcome home.”');
  });

  it('reads straight double quotes and single quotes, but not apostrophes', () => {
    expect(read('He said, "It is over."')[0]).toMatchObject({
      content: 'It is over.',
      quote: true,
    });
    expect(read('The group’s leader said ‘we are ready’ on Monday.')).toEqual([
      {
        cue: 'said',
        source: 'The group’s leader',
        resolved: undefined,
        outlet: undefined,
        content: 'we are ready',
        quote: true,
      },
    ]);
  });

  it('runs a quotation left open to the end of its paragraph', () => {
    const [a] = read('Ann Lee said, “We will rebuild.\n\nThe city is ours.');
    expect(a).toMatchObject({ source: 'Ann Lee', content: 'We will rebuild.', quote: true });
  });

  it('ties every scare-quoted word to the cue of its sentence', () => {
    const all = read(
      'Officials refer to the rebels as “terrorists” and “puppets,” Le Monde reported.',
    );
    expect(all.filter((a) => a.quote).map((a) => [a.content, a.source])).toEqual([
      ['terrorists', 'Officials'],
      ['puppets,', 'Officials'],
    ]);
  });

  it('keeps a reporting frame around a quoted statement as a second layer', () => {
    const all = read('The army stated that “the border is closed,” Haaretz reported.');
    expect(all).toEqual([
      {
        cue: 'stated',
        source: 'The army',
        resolved: undefined,
        outlet: undefined,
        content: 'the border is closed,',
        quote: true,
      },
      {
        cue: 'reported',
        source: 'Haaretz',
        resolved: undefined,
        outlet: undefined,
        content: 'The army stated that “the border is closed,”',
        quote: false,
      },
    ]);
  });

  it('ends a statement where a trailing frame of its sentence begins', () => {
    expect(read('The ministry said the plan failed, Reuters reported.')).toEqual([
      expect.objectContaining({ source: 'The ministry', content: 'the plan failed' }),
      expect.objectContaining({ source: 'Reuters', content: 'The ministry said the plan failed' }),
    ]);
  });

  it('ignores cue words inside a quotation', () => {
    const all = read('Ann Lee said, “The minister told me nothing.”');
    expect(all).toHaveLength(1);
    expect(all[0].source).toBe('Ann Lee');
  });

  it('finds no attribution in plain prose', () => {
    expect(read('The rescue began in June. All told, 400 people left for Jordan.')).toEqual([]);
  });

  it('returns the person and group mentions with the attributions', () => {
    const text = 'An undisclosed source informed NPR that the talks had stalled.';
    const { mentions } = extractAttributions(text, splitSentences(text));
    expect(mentions.map((m) => m.text)).toEqual(['An undisclosed source', 'NPR']);
  });
});
