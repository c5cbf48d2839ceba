// The `factdesk` executable: `pnpm factdesk ...` runs this file with tsx (see bin/factdesk.js). Everything, the
// loading of the modules included, runs inside one catch: bad input never ends in a stack trace.
try {
  const { run } = await import('./program');
  process.exitCode = await run(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    errIsTty: process.stderr.isTTY === true,
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`factdesk: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}

export {};
