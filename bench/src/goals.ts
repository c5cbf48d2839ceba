// The issue's goals for the plugin, and where this run's figures leave each of them.
import type { BrowserGoals } from './browser-bench';
import type { PluginGoals } from './plugin-bench';

/** A figure against its goal: "… (goal …): met" or "not met". */
function verdict(figure: string, goal: string, met: boolean): string {
  return `${figure} (goal ${goal}): ${met ? 'met' : 'not met'}`;
}

/** The keystroke lines of one measure. */
function keystroke(label: string, g: BrowserGoals | PluginGoals): string[] {
  const lines = [
    `keystroke, ${label}: ${verdict(`highest ratio ${g.keystroke.toFixed(2)}`, '≤ 1.25', g.keystroke <= 1.25)}`,
  ];
  if (g.sizes > 1)
    lines.push(
      `  flat with size: ${verdict(
        `highest ratio ${g.shortest.toFixed(2)} in the shortest drafts, ${g.longest.toFixed(2)} in the longest`,
        'no higher in the longest, or ≤ 1.25',
        g.longest <= Math.max(g.shortest, 1.25),
      )}`,
    );
  return lines;
}

/** Prints where the figures of this run leave the plugin's goals, a line each. */
export function printGoals(plugin: PluginGoals | null, browser: BrowserGoals | null): void {
  const lines: string[] = [];
  if (browser?.sizes)
    lines.push(
      ...keystroke('a key pressed in Chromium, keydown to layout', browser),
      `  plugin-free editors on both sides read ${browser.same.toFixed(2)}`,
    );
  if (browser?.firstCheck)
    lines.push(
      `first full check of 100,000 words in Chromium, first run in a fresh page: ${verdict(`${browser.firstCheck.toFixed(1)} ms`, '< 150 ms', browser.firstCheck < 150)}`,
    );
  if (plugin)
    lines.push(
      ...keystroke('its script alone in jsdom (transaction and view update)', plugin),
      `  drawing the same findings with none of the plugin's work reads at most ${plugin.drawing.toFixed(2)}`,
      `remote y-prosemirror update: ${verdict(`highest ratio ${plugin.remote.toFixed(2)}`, '≤ 1.5', plugin.remote <= 1.5)}`,
      `first full check of 100,000 words in node, median of 9 runs: ${verdict(`${plugin.firstCheck.toFixed(1)} ms`, '< 150 ms', plugin.firstCheck < 150)}`,
    );
  if (lines.length)
    console.log(`\nplugin: the goals, as this run measured them\n${lines.join('\n')}`);
}
