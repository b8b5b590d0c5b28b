import type { packageContract } from '../../shared/ipc/contract-package';
import { readPackagePlan } from '../export/package/package-plan';
import { writePackage } from '../export/package/write-package';
import type { HandlersFor } from './handler';

/** Writing the package changes no record of the workbook, so it announces no change. */
export const packageHandlers: HandlersFor<typeof packageContract> = {
  'package:plan': { run: ({ session }) => readPackagePlan(session.context()) },
  'package:build': {
    run: ({ session, progress }, input) => writePackage(session.context(), { folder: input.folder, zip: input.zip, onProgress: progress }),
  },
};
