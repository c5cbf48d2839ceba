import { describe, expect, it } from 'vitest';
import { extractAttributions } from './attributions';
import { splitSentences } from './sentences';

/** The attributions of `text`, as the texts they cover. */
function read(text: string) {
  return extractAttributions(text, splitSentences(text)).attributions.map((a) => ({
    cue: a.cue.text,
    source: a.source?.text,
    outlet: a.outlet?.text,
    content: text.slice(a.content.from, a.content.to),
    quote: a.quote,
  }));
}

const one = (text: string) => {
  const all = read(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('speech and reporting cues', () => {
  it('reads "said" with its subject and what follows as the content', () => {
    expect(one('The minister said the talks had failed.')).toEqual({
      cue: 'said',
      source: 'The minister',
      outlet: undefined,
      content: 'the talks had failed',
      quote: false,
    });
  });

  it('reads "says" and "say" after names and plural groups', () => {
    expect(one('Ann Lee says the plan works.')).toMatchObject({ cue: 'says', source: 'Ann Lee' });
    expect(one('Officials say the border is closed.')).toMatchObject({
      cue: 'say',
      source: 'Officials',
      content: 'the border is closed',
    });
  });

  it('takes the news organisation after "told" as the outlet, not an audience', () => {
    expect(one('The mayor told Reuters the city would rebuild.')).toMatchObject({
      cue: 'told',
      source: 'The mayor',
      outlet: 'Reuters',
      content: 'the city would rebuild',
    });
    expect(one('The mayor told reporters the city would rebuild.').outlet).toBeUndefined();
  });

  it('takes the outlet after "informed"', () => {
    expect(one('A source informed NPR that the talks had stalled.')).toMatchObject({
      source: 'A source',
      outlet: 'NPR',
      content: 'the talks had stalled',
    });
  });

  it('reads "according to" after the statement and before it', () => {
    expect(one('The border is closed, according to officials.')).toMatchObject({
      cue: 'according to',
      source: 'officials',
      content: 'The border is closed',
    });
    expect(one('According to the army, the border is closed.')).toMatchObject({
      source: 'the army',
      content: 'the border is closed',
    });
  });

  it('makes the news organisation the source of "reported", before or after the statement', () => {
    expect(one('Haaretz reported that the border was closed.')).toMatchObject({
      source: 'Haaretz',
      outlet: undefined,
      content: 'the border was closed',
    });
    expect(one('The border was closed, Haaretz reported.')).toMatchObject({
      source: 'Haaretz',
      content: 'The border was closed',
    });
  });

  it('reads stated, confirmed, announced, added, wrote, tweeted and estimates', () => {
    expect(one('The army stated that the border was closed.').cue).toBe('stated');
    expect(one('Both governments confirmed the operation.')).toMatchObject({ cue: 'confirmed' });
    expect(one('The ministry announced a ceasefire.').source).toBe('The ministry');
    expect(one('“We are ready,” the spokesman added.')).toMatchObject({
      cue: 'added',
      source: 'the spokesman',
      quote: true,
    });
    expect(one('Ann Lee tweeted that the vote was rigged.').content).toBe('the vote was rigged');
    expect(one('The observatory estimates that 500 people died.')).toMatchObject({
      cue: 'estimates',
      source: 'The observatory',
      content: '500 people died',
    });
  });

  it('takes the channel of "in a tweet", "on Twitter" and "in a statement" as the outlet', () => {
    expect(one('Ann Lee confirmed Sunday in a tweet that she would run.')).toMatchObject({
      outlet: 'tweet',
      content: 'she would run',
    });
    expect(one('Ann Lee wrote on Twitter that the vote was rigged.').outlet).toBe('Twitter');
    expect(one('The ministry said in a statement that the vote was fair.').outlet).toBe(
      'statement',
    );
    expect(one('In a statement, the ministry said the vote was fair.').outlet).toBe('statement');
  });

  it('reads claims, denunciations and accusations', () => {
    expect(one('The group claims to be neutral.')).toMatchObject({
      cue: 'claims',
      content: 'to be neutral',
    });
    expect(one('The regime denounced the move as theft.').source).toBe('The regime');
    expect(one('The ministry accused the rebels of lying.').content).toBe('the rebels of lying');
  });

  it('reads "refer to ... as" as one cue', () => {
    expect(one('Officials refer to the rebels as “terrorists”.')).toMatchObject({
      cue: 'refer to the rebels as',
      source: 'Officials',
      content: 'terrorists',
      quote: true,
    });
  });

  it('skips a relative clause or an aside between the subject and the verb', () => {
    expect(one('The group, which is funded abroad, claims to be neutral.').source).toBe(
      'The group',
    );
    expect(one('Officials, however, say the border is open.').source).toBe('Officials');
  });

  it('skips an age in apposition and the aside after it back to the name', () => {
    expect(
      one('Linda Frayne, 67, who had lived in Spring Valley, told the Bee she had lost her home.'),
    ).toMatchObject({ source: 'Linda Frayne', outlet: 'the Bee' });
    expect(one('Tesfay Gebre, 24, from Eritrea, told the BBC that it was over.')).toMatchObject({
      source: 'Tesfay Gebre',
      outlet: 'the BBC',
    });
  });

  it('takes the speaker after a quote past an age or a description, not a comma inside the quote', () => {
    for (const aside of ['52', 'a farmer', 'who was inside']) {
      expect(
        one(`“We heard a huge noise, like a bomb,” Julia Quispe, ${aside}, told Reuters.`),
      ).toMatchObject({ source: 'Julia Quispe', outlet: 'Reuters', quote: true });
    }
    expect(
      one('“We heard a huge noise, like a bomb,” Julia Quispe, 52, told the court.'),
    ).toMatchObject({ source: 'Julia Quispe', outlet: undefined });
    // A quotation inside the aside is still part of it.
    expect(
      one('Ann Lee, who called the offer “an insult, frankly”, told ITV that talks had failed.'),
    ).toMatchObject({ source: 'Ann Lee', outlet: 'ITV' });
  });

  it('takes a name in apposition with a relation before it as the source', () => {
    for (const relation of ['Her brother', 'Her husband', 'His colleague', 'The victim’s mother'])
      expect(
        one(
          `${relation}, Olivier Marchand, said in an interview with Le Figaro that she was free.`,
        ),
      ).toMatchObject({ source: `${relation}, Olivier Marchand`, outlet: 'Le Figaro' });
    expect(one('Her brother, Olivier Marchand, told Le Figaro that she was free.')).toMatchObject({
      source: 'Her brother, Olivier Marchand',
      outlet: 'Le Figaro',
    });
  });

  it('reads a trailing frame whose outlet is named after its description', () => {
    const sale = 'Sporting will keep 10% of any future sale';
    for (const frame of [
      'Portuguese newspaper A Bola reported',
      'the Portuguese newspaper A Bola reported',
      'according to Portuguese newspaper A Bola',
      'according to the Portuguese newspaper A Bola',
    ])
      expect(one(`${sale}, ${frame}.`)).toMatchObject({ source: 'A Bola', content: sale });
    expect(one(`${sale}, Turkish state broadcaster TRT reported.`).source).toBe('TRT');
    // A description alone is the source.
    expect(one(`${sale}, the newspaper reported.`).source).toBe('the newspaper');
    expect(one(`${sale}, according to the newspaper.`).source).toBe('the newspaper');
  });

  it('takes a known outlet with Television, TV, Radio, News or Business after it as one outlet', () => {
    expect(
      one('Liu told Bloomberg Television in an interview that the company would keep hiring.'),
    ).toMatchObject({ source: 'Liu', outlet: 'Bloomberg Television' });
    for (const outlet of ['Fox Business', 'Bloomberg Radio', 'Bloomberg TV', 'Sky News'])
      expect(one(`Liu told ${outlet} that the company would keep hiring.`).outlet).toBe(outlet);
    // People and audiences stay no outlet.
    expect(one('The judge told Keller that he would go to prison.').outlet).toBeUndefined();
    expect(one('Liu told members that the company would keep hiring.').outlet).toBeUndefined();
    expect(one('Liu told Tom Fox that the company would keep hiring.').outlet).toBeUndefined();
  });

  it('takes a name that opens on a masthead’s or broadcaster’s ("Globo Esporte") as the outlet of "told"', () => {
    expect(
      one('Ferreira told Globo Esporte he had turned down offers from other clubs.'),
    ).toMatchObject({
      source: 'Ferreira',
      outlet: 'Globo Esporte',
      content: 'he had turned down offers from other clubs',
    });
    expect(one('Ferreira told Sky Italia that he had turned down offers.').outlet).toBe(
      'Sky Italia',
    );
    // Two names of a person stay no outlet.
    expect(one('Biden told Benjamin Netanyahu he would act.').outlet).toBeUndefined();
  });

  it('takes the outlet before a possessive "her": "told Sky News her client would appeal"', () => {
    expect(one('Lowe told Sky News her client would appeal.')).toMatchObject({
      source: 'Lowe',
      outlet: 'Sky News',
      content: 'her client would appeal',
    });
    expect(one('Lowe told Reuters her client would appeal.').outlet).toBe('Reuters');
    // "her" right after "told" is the one told.
    expect(one('Lowe told her the client would appeal.').outlet).toBeUndefined();
    expect(one('Lowe told Save the Children staff her plan.').outlet).toBeUndefined();
  });

  it('keeps the name before a title and a relative clause in apposition', () => {
    expect(
      one('Lee, the union’s general secretary, who has led it since 2019, told ITV it was over.'),
    ).toMatchObject({ source: 'Lee, the union’s general secretary', outlet: 'ITV' });
    expect(one('In Spring Valley, the mayor, who is new, said the fire had spread.').source).toBe(
      'the mayor',
    );
  });

  it('takes a name in apposition with the title before it as the source', () => {
    expect(
      one(
        'Jordan’s foreign minister, Ayman Safadi, confirmed the numbers the next day in a tweet.',
      ),
    ).toMatchObject({
      source: 'Jordan’s foreign minister, Ayman Safadi',
      outlet: 'tweet',
      content: 'the numbers the next day in a tweet',
    });
    expect(one('Brazil’s president, Lula, told the BBC that a roadmap was due.').source).toBe(
      'Brazil’s president, Lula',
    );
    expect(one('The group, formally the Syrian Civil Defence, says it is neutral.').source).toBe(
      'The group',
    );
  });

  it('reads the role words before a name after an inverted "said" as the speaker’s', () => {
    expect(one('“That is what champions do,” said captain Marcus Hale.').source).toBe(
      'captain Marcus Hale',
    );
    expect(one('“It is over,” said club captain Hale.').source).toBe('club captain Hale');
    expect(one('“It is over,” said the minister.').source).toBe('the minister');
    expect(read('“It is over,” said on Monday.')).toEqual([
      expect.objectContaining({ source: undefined }),
    ]);
  });

  it('reads "called" as a cue only before a quotation', () => {
    expect(one('Damascus called the evacuation a “smuggling operation.”')).toMatchObject({
      cue: 'called',
      source: 'Damascus',
      content: 'smuggling operation.',
      quote: true,
    });
    expect(read('A group called the White Helmets left Syria.')).toEqual([]);
  });

  it('ends what is said at a semicolon or where the next speaker begins', () => {
    expect(
      read('The ministry said the plan failed, and the army said it worked; Reuters confirmed it.'),
    ).toEqual([
      expect.objectContaining({ source: 'The ministry', content: 'the plan failed' }),
      expect.objectContaining({ source: 'the army', content: 'it worked' }),
      expect.objectContaining({ source: 'Reuters', content: 'it' }),
    ]);
  });

  it('finds no attribution in a hedge without a source', () => {
    expect(read('The group has reportedly saved lives.')).toEqual([]);
    expect(read('There are estimated to be 3,000 more volunteers.')).toEqual([]);
  });

  it('finds no cue in "the said agreement" or "all told"', () => {
    expect(read('The said agreement was signed.')).toEqual([]);
    expect(read('All told, 40 people died.')).toEqual([]);
    expect(read('Forty people, all told, died in the attack.')).toEqual([]);
    expect(read('The added cost and the stated goal were debated.')).toEqual([]);
  });
});
