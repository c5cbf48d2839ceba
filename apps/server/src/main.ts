import { configFromEnv, hasEditorBuild } from './config';
import { createServer } from './create-server';

// `tsx apps/server/src/main.ts`: configuration from the environment (see README.md).
async function main() {
  const config = configFromEnv();
  const server = await createServer(config);
  const { seeded } = server;
  if (seeded.facts !== undefined) console.log(`seeded ${seeded.facts} facts`);
  if (seeded.story) console.log(`seeded the story "${seeded.story}"`);
  for (const reason of seeded.skipped) console.log(`seeding skipped: ${reason}`);
  console.log(
    `database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`}`,
  );
  if (!hasEditorBuild(config.editorDist)) {
    console.log(
      `the editor is not built (${config.editorDist}): run \`pnpm start\` from the repository root`,
    );
  }
  console.log(`factdesk listening on ${server.url}`);
  console.log(
    `open it in two windows: ${server.url}/ (story) and ${server.url}/desk.html (fact desk)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: storing every document and closing`);
    try {
      await server.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed:', (error as Error).message);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: Error) => {
  console.error(`factdesk could not start: ${error.message}`);
  process.exit(1);
});
