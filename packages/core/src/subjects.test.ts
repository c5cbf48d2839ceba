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

  it('takes the description after a leading place or time, not the place: "In Washington, a State Department official who …, said"', () => {
    const quote = 'said: "We have seen no evidence of that."';
    const anonymous =
      'a State Department official who spoke on condition of anonymity because he was not authorised to brief reporters,';
    expect(sources(`In Washington, ${anonymous} ${quote}`)).toEqual([
      'a State Department official',
    ]);
    expect(sources(`Speaking in Washington, ${anonymous} ${quote}`)).toEqual([
      'a State Department official',
    ]);
    expect(sources(`In Washington on Tuesday, ${anonymous} ${quote}`)).toEqual([
      'a State Department official',
    ]);
    expect(sources(`In Washington, an official close to the talks, ${quote}`)).toEqual([
      'an official',
    ]);
    expect(
      sources(
        'In London on Tuesday, a spokeswoman for the ministry who declined to give her name, said: "We will not comment."',
      ),
    ).toEqual(['a spokeswoman']);
    expect(
      sources(
        'After the talks in Geneva, a diplomat who had attended them as an observer for the United Nations, said the mood was grim.',
      ),
    ).toEqual(['a diplomat']);
    expect(
      sources(
        'At the White House, a spokesman who declined to be named because of the rules on briefings, said: "No comment."',
      ),
    ).toEqual(['a spokesman']);
    expect(sources(`In Washington, Secretary of State Antony Blinken, ${quote}`)).toEqual([
      'Secretary of State Antony Blinken',
    ]);
  });

  it('still takes the name after a leading place, past its description or none', () => {
    const quote = 'said: "We have seen no evidence of that."';
    expect(
      sources(
        `In Washington, Secretary of State Antony Blinken, who was visiting the region, ${quote}`,
      ),
    ).toEqual(['Secretary of State Antony Blinken']);
    expect(
      sources(
        `In Washington, Blinken, a former deputy secretary of state who was visiting the region, ${quote}`,
      ),
    ).toEqual(['Blinken']);
    expect(sources(`In Washington, Blinken ${quote}`)).toEqual(['Blinken']);
    expect(sources('In Washington, Blinken said the talks had stalled.')).toEqual(['Blinken']);
    expect(sources(`In Washington, she ${quote}`)).toEqual(['she']);
  });

  it('takes the one a "who" clause describes, not a name or place inside the clause', () => {
    expect(
      sources('In Kabul, an official who asked not to be named said the talks had stalled.'),
    ).toEqual(['an official']);
    expect(
      sources('An official who asked not to be named said: "The talks have stalled."'),
    ).toEqual(['An official']);
    expect(
      sources('A State Department official who spoke to Reuters said the talks had stalled.'),
    ).toEqual(['A State Department official']);
    expect(
      sources('Officials whose offices are in Washington said the talks had stalled.'),
    ).toEqual(['Officials']);
    // "A spokeswoman for the ministry said" gives its source as "the ministry" too.
    expect(
      sources(
        'In London on Tuesday, a spokeswoman for the ministry who declined to give her name said: "We will not comment."',
      ),
    ).toEqual(['the ministry']);
    expect(
      sources('An official who is well-known in Washington said the talks had stalled.'),
    ).toEqual(['An official']);
    expect(
      sources(
        '"We have seen no evidence," a State Department official who spoke on condition of anonymity said.',
      ),
    ).toEqual(['a State Department official']);
    // "A man" is no mention the extractor reads; the place in the clause does not stand in.
    expect(sources('A man who lives in Washington said the talks had stalled.')).toEqual([]);
  });
});
