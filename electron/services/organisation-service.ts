import { AppError } from '../../shared/ipc/result';
import {
  organisationSchema,
  type Organisation,
  type OrganisationPatch,
} from '../../shared/domain/organisation';
import type { OrganisationView } from '../../shared/ipc/contract';
import { getLogo, getOrganisation, saveOrganisation, setLogo } from '../repositories/organisation-repo';
import { logChanges } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const FIELDS = Object.keys(organisationSchema.shape) as (keyof Organisation)[];

export function readOrganisation(ctx: WorkbookContext): OrganisationView {
  const org = getOrganisation(ctx.db);
  if (!org) throw new AppError('NOT_FOUND', 'This workbook has no organisation profile.');
  return org;
}

export function updateOrganisation(ctx: WorkbookContext, patch: OrganisationPatch): OrganisationView {
  return inTransaction(ctx, () => {
    const { hasLogo: _hasLogo, ...before } = readOrganisation(ctx);
    const parsed = organisationSchema.safeParse({ ...before, ...patch });
    if (!parsed.success) {
      throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid organisation profile', {
        issues: parsed.error.issues,
      });
    }
    const after = parsed.data;
    if (!after.classificationLabels.includes(after.defaultClassification)) {
      throw new AppError(
        'INVALID_INPUT',
        `The default classification "${after.defaultClassification}" must be one of the labels: ${after.classificationLabels.join(', ')}.`,
      );
    }
    saveOrganisation(ctx.db, after);
    logChanges(ctx, 'organisation', 'organisation', before, after, FIELDS);
    return readOrganisation(ctx);
  });
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

export function replaceLogo(
  ctx: WorkbookContext,
  logo: { mime: 'image/png' | 'image/jpeg'; base64: string } | null,
): OrganisationView {
  return inTransaction(ctx, () => {
    if (logo === null) {
      setLogo(ctx.db, null);
      logChanges(ctx, 'organisation', 'organisation', { logo: 'set' }, { logo: null }, ['logo']);
      return readOrganisation(ctx);
    }
    const data = Buffer.from(logo.base64, 'base64');
    const magic = logo.mime === 'image/png' ? PNG : JPEG;
    if (data.length === 0 || !data.subarray(0, magic.length).equals(magic)) {
      throw new AppError('INVALID_INPUT', `The logo is not a valid ${logo.mime === 'image/png' ? 'PNG' : 'JPEG'} image.`);
    }
    setLogo(ctx.db, { data, mime: logo.mime });
    logChanges(ctx, 'organisation', 'organisation', { logo: null }, { logo: `${logo.mime}, ${data.length} bytes` }, [
      'logo',
    ]);
    return readOrganisation(ctx);
  });
}

export function readLogoDataUrl(ctx: WorkbookContext): string | null {
  const logo = getLogo(ctx.db);
  return logo ? `data:${logo.mime};base64,${logo.data.toString('base64')}` : null;
}
