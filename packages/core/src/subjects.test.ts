import { describe, expect, it } from 'vitest';
import { extractAttributions } from './attributions';
import { splitSentences } from './sentences';

/** The sources of the attributions of `text`, in order. */
function sources(text: string): (string | undefined)[] {
  return extractAttributions(text, splitSentences(text)).attributions.map((a) => a.source?.text);
}

describe('subjectBefore', () => {
  it('takes the name past a long description that holds "who", as wire copy introduces experts', () => {
    const said = 'said the study "cannot prove cause and effect".';
    expect(
      sources(
        `Sarah Lindqvist, a professor at the University of Edinburgh who was not involved, ${said}`,
      ),
    ).toEqual(['Sarah Lindqvist']);
    expect(
      sources(
        `Professor Tom Ashby, an epidemiologist at the University of Edinburgh who was not involved in the research, ${said}`,
      ),
    ).toEqual(['Professor Tom Ashby']);
    expect(
      sources(
        `Sarah Lindqvist, professor of epidemiology at the University of Edinburgh who was not involved, ${said}`,
      ),
    ).toEqual(['Sarah Lindqvist']);
    expect(
      sources(
        `Sarah Lindqvist, 54, a mother of three from the outskirts of Edinburgh whose home was flooded, told the BBC that help came late.`,
      ),
    ).toEqual(['Sarah Lindqvist']);
  });

  it('takes no name past a long aside without "who", or one that opens on a name or a verb', () => {
    // Past ten tokens an aside is read as a description only when "who" or "whose" is in it.
    expect(
      sources(
        'Sarah Lindqvist, a professor at the University of Edinburgh in the south of Scotland, said the study was flawed.',
      ),
    ).toEqual([]);
    expect(
      sources(
        'After the flood in Edinburgh, Sarah Lindqvist and the neighbours who had stayed in the town all night, said it was over.',
      ),
    ).toEqual([]);
    expect(
      sources(
        'After the flood in Edinburgh, spoke to the neighbours in the town centre who had stayed all night, said it was over.',
      ),
    ).toEqual([]);
  });
});
