import { runCli } from './isms';

process.exitCode = await runCli(process.argv.slice(2));
