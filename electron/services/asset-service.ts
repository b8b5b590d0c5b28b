import { AppError } from '../../shared/ipc/result';
import { assetInputSchema, type Asset, type AssetInput } from '../../shared/domain/risk';
import { deleteAssetRow, getAsset, insertAsset, listAssets, updateAssetRow } from '../repositories/asset-repo';
import { nextRef } from '../repositories/readable-ref';
import { logChanges, logEvent } from './change-log';
import { inTransaction, type WorkbookContext } from './workbook-context';

const FIELDS = Object.keys(assetInputSchema.shape) as (keyof AssetInput)[];

export function listAssetInventory(ctx: WorkbookContext): Asset[] {
  return listAssets(ctx.db);
}

function requireAsset(ctx: WorkbookContext, id: number): Asset {
  const asset = getAsset(ctx.db, id);
  if (!asset) throw new AppError('NOT_FOUND', 'That asset no longer exists.');
  return asset;
}

function validate(input: unknown): AssetInput {
  const parsed = assetInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid asset', { issues: parsed.error.issues });
  return parsed.data;
}

/** Adds assets inside the caller's transaction (used by create and by imports). */
export function insertAssets(ctx: WorkbookContext, inputs: AssetInput[]): Asset[] {
  return inputs.map((input) => {
    const asset = validate(input);
    const ref = nextRef(ctx.db, 'asset', 'AS');
    const id = insertAsset(ctx.db, ref, asset);
    logEvent(ctx, 'asset', ref, 'created', asset.name);
    return requireAsset(ctx, id);
  });
}

export function createAsset(ctx: WorkbookContext, input: AssetInput): Asset {
  return inTransaction(ctx, () => insertAssets(ctx, [input])[0]!);
}

export function updateAsset(ctx: WorkbookContext, id: number, patch: Partial<AssetInput>): Asset {
  return inTransaction(ctx, () => {
    const before = requireAsset(ctx, id);
    const after = validate({ ...before, ...patch });
    updateAssetRow(ctx.db, id, after);
    logChanges(ctx, 'asset', before.ref, before, after, FIELDS);
    return requireAsset(ctx, id);
  });
}

/** Deletes an asset; its links to risks go with it (the risks stay). */
export function deleteAsset(ctx: WorkbookContext, id: number): void {
  inTransaction(ctx, () => {
    const asset = requireAsset(ctx, id);
    deleteAssetRow(ctx.db, id);
    logEvent(ctx, 'asset', asset.ref, 'deleted', JSON.stringify(asset));
  });
}
