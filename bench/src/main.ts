// `pnpm bench`: every benchmark of the project, in one run, figures side by side.
import { run as runExtract } from './extract-bench';
import { run as runPlugin } from './plugin-bench';

const only = process.argv[2];
if (!only || only === 'extract') await runExtract();
if (!only || only === 'plugin') await runPlugin();
