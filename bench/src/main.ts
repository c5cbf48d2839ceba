// `pnpm bench`: every benchmark of the project, in one run, figures side by side.
import { type BrowserGoals, pageFiles, run as runBrowser } from './browser-bench';
import { run as runExtract } from './extract-bench';
import { printGoals } from './goals';
import { type PluginGoals, run as runPlugin } from './plugin-bench';
import { firstCheck, runDraft } from './plugin-draft';

const [only, ...args] = process.argv.slice(2);
const [words, count, wrong] = args.map(Number);
// The plugin benchmark measures each draft in a process of its own, started with these.
if (only === 'plugin-first') console.log(JSON.stringify(await firstCheck(words, count)));
else if (only === 'plugin-draft') console.log(JSON.stringify(await runDraft(words, count, wrong)));
else {
  let plugin: PluginGoals | null = null;
  let browser: BrowserGoals | null = null;
  if (!only || only === 'extract') await runExtract();
  if (!only || only === 'plugin') plugin = await runPlugin();
  if (!only || only === 'browser' || only === 'browser-first') {
    const { script, css } = pageFiles(new URL('.', import.meta.url));
    browser = await runBrowser(script, css, words || undefined, only === 'browser-first');
  }
  printGoals(plugin, browser);
}
