import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMarkdownParser } from 'prosemirror-markdown';
import { prosemirrorToYDoc } from 'y-prosemirror';
import type { DocumentStore } from './document-store';
import { fragmentName } from './document-store';
import type { FactStore } from './fact-store';
import { checkFactFile } from './validation';

/** What `seed` did, for the start-up log. */
export interface SeedReport {
  facts?: number;
  story?: string;
  skipped: string[];
}

/**
 * First-run content from `dir`: the facts of `facts.json` when the fact store has never been
 * written, and the story `draft.md` (as document `<story id>`, default the directory name) when
 * no such document exists. A missing or invalid file is skipped with a reason.
 */
export async function seed(
  dir: string,
  facts: FactStore,
  documents: DocumentStore,
): Promise<SeedReport> {
  const report: SeedReport = { skipped: [] };
  if (!dir) return report;
  let storyId = dir.split(/[\\/]/).filter(Boolean).pop() ?? 'story';
  let storyDate: string | undefined;

  const factsFile = join(dir, 'facts.json');
  if (!existsSync(factsFile)) report.skipped.push(`no ${factsFile}`);
  else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(factsFile, 'utf8'));
    } catch (error) {
      report.skipped.push(`${factsFile} is not JSON: ${(error as Error).message}`);
    }
    const file = parsed === undefined ? undefined : checkFactFile(parsed);
    if (file && !file.ok) {
      const first = file.problems[0];
      report.skipped.push(`${factsFile} is invalid at ${first.path}: ${first.message}`);
    } else if (file?.ok) {
      storyId = file.value.story?.id ?? storyId;
      storyDate = file.value.story?.date;
      if ((await facts.version()) === 0) {
        await facts.import(file.value.facts, 'seed');
        report.facts = file.value.facts.length;
      }
    }
  }

  const draftFile = join(dir, 'draft.md');
  if (!existsSync(draftFile)) report.skipped.push(`no ${draftFile}`);
  else if (!(await documents.exists(storyId))) {
    const doc = defaultMarkdownParser.parse(readFileSync(draftFile, 'utf8'));
    const ydoc = prosemirrorToYDoc(doc, fragmentName);
    await documents.compact(storyId, ydoc);
    await documents.setDate(storyId, storyDate);
    ydoc.destroy();
    report.story = storyId;
  }
  return report;
}
