// The one-word names of news organisations: mastheads, wires and broadcasters. Shared by the
// outlet reader (`channels.ts`) and the mention reader (`mentions.ts`), which a name opening on
// one tells it is no person ("Globo Esporte", "Sky Italia", "Asahi Shimbun").

/**
 * Outlets named by one word that holds no word of the news names of `channels.ts` ("told
 * Interfax", "told Bild"), in lowercase.
 */
export const ONE_WORD_OUTLETS: ReadonlySet<string> = new Set(
  'interfax tass bild welt zeit tagesspiegel handelsblatt kicker vox newsweek forbes semafor newsmax huffpost buzzfeed euronews mediapart anadolu kommersant vedomosti izvestia meduza sputnik ukrinform ynet bernama nikkei asahi yomiuri mainichi ndtv kathimerini globo folha clarín clarin libération marca telemundo univision talksport newsnight'.split(
    ' ',
  ),
);

// The brand words of the news names, which no English word or given name shares but rarely.
// biome-ignore format: a list
const BRANDS = new Set([
  'reuters', 'bloomberg', 'afp', 'bbc', 'cnn', 'nbc', 'cbs', 'abc', 'npr', 'pbs', 'itv', 'sky',
  'fox', 'msnbc', 'axios', 'politico', 'guardian', 'jazeera', 'spiegel', 'haaretz', 'repubblica',
  'corriere', 'dpa', 'ansa', 'efe', 'xinhua', 'yonhap', 'kyodo',
]);

/**
 * True when a lowercased word is a masthead's, wire's or broadcaster's own name, which a longer
 * outlet's name opens on ("Globo Esporte", "Sky Italia", "Bloomberg Línea"); a person's name
 * opens on a given name ("Kate Forbes", "Tom Fox").
 */
export function isMasthead(word: string): boolean {
  return ONE_WORD_OUTLETS.has(word) || BRANDS.has(word);
}
