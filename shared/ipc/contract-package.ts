import { z } from 'zod';
import type { PackagePlan, PackageResult } from '../domain/package';
import { channel, filePath, none } from './channel';

/** The Stage 1 package: every document and register in one folder numbered by clause, with an index and a manifest. */
export const packageContract = {
  /** What a package of the open workbook would hold; nothing is written. */
  'package:plan': channel<PackagePlan>()(none),
  /**
   * Writes the package into a new folder inside `folder` (and a zip of it beside it with `zip`), reporting progress
   * as task "package". Never overwrites: refuses when the package folder or zip already exists.
   */
  'package:build': channel<PackageResult>()(z.object({ folder: filePath, zip: z.boolean() }).strict()),
} as const;
