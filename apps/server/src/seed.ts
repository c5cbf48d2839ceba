import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMarkdownParser } from 'prosemirror-markdown';
import { prosemirrorToYDoc } from 'y-prosemirror';
import type { DocumentStore } from './document-store';
import { documentNamePattern, fragmentName } from './document-store';
import { type FactStore, FactStoreError } from './fact-store';
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
  const factsText = readSeedFile(factsFile, report);
  if (factsText !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(factsText);
    } catch (error) {
      report.skipped.push(`${factsFile} is not JSON: ${(error as Error).message}`);
    }
    const file = parsed === undefined ? undefined : checkFactFile(parsed);
    if (file && !file.ok) {
      const first = file.problems[0];
      report.skipped.push(`${factsFile} is invalid at ${first.path}: ${first.message}`);
    } else if (file?.ok) {
      const { story, facts: list } = file.value.file;
      storyId = story?.id ?? storyId;
      storyDate = story?.date;
      if ((await facts.version()) === 0) {
        try {
          await facts.import(list, 'seed', file.value.external);
          report.facts = list.length;
        } catch (error) {
          if (!(error instanceof FactStoreError)) throw error;
          const first = error.problems?.[0];
          const where = first ? ` at ${first.path}: ${first.message}` : `: ${error.message}`;
          report.skipped.push(`${factsFile} is invalid${where}`);
        }
      }
    }
  }

  const draftFile = join(dir, 'draft.md');
  const draft = readSeedFile(draftFile, report);
  if (draft === undefined) return report;
  if (!documentNamePattern.test(storyId)) {
    report.skipped.push(
      `${draftFile}: the story id ${JSON.stringify(storyId)} is not a document name the editor can open (a-z, 0-9, ".", "_" or "-", starting with a letter or digit, at most 100 characters); set story.id in facts.json`,
    );
    return report;
  }
  if (!(await documents.exists(storyId))) {
    const doc = defaultMarkdownParser.parse(draft);
    const ydoc = prosemirrorToYDoc(doc, fragmentName);
    await documents.compact(storyId, ydoc);
    await documents.setDate(storyId, storyDate);
    ydoc.destroy();
    report.story = storyId;
  }
  return report;
}

// The text of a seed file, or undefined with the reason in `report` (missing, not a file, unreadable).
function readSeedFile(file: string, report: SeedReport): string | undefined {
  if (!existsSync(file)) {
    report.skipped.push(`no ${file}`);
    return undefined;
  }
  try {
    if (!statSync(file).isFile()) {
      report.skipped.push(`${file} is not a file`);
      return undefined;
    }
    return readFileSync(file, 'utf8');
  } catch (error) {
    report.skipped.push(`${file} cannot be read: ${(error as Error).message}`);
    return undefined;
  }
}
