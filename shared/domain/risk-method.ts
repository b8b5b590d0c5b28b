import { z } from 'zod';

/** What may happen to a risk at a given level when it is not treated further (6.1.2 a) 1)). */
export const RETENTION_RULES = ['within-appetite', 'requires-approval', 'not-permitted'] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export const RETENTION_RULE_LABELS: Record<RetentionRule, string> = {
  'within-appetite': 'May be retained by the risk owner',
  'requires-approval': 'May be retained only with formal acceptance',
  'not-permitted': 'May not be retained: must be treated',
};

const text = (max: number) => z.string().max(max);

export const scaleLevelSchema = z.object({
  value: z.number().int().min(1).max(7),
  label: z.string().trim().min(1, 'Every level needs a label').max(40),
  criteria: text(600),
});
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;

/** Impact criteria may be written separately for confidentiality, integrity and availability. */
export const impactLevelSchema = scaleLevelSchema.extend({
  confidentiality: text(400),
  integrity: text(400),
  availability: text(400),
});
export type ImpactLevel = z.infer<typeof impactLevelSchema>;

export const riskBandSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,24}$/),
  label: z.string().trim().min(1).max(30),
  /** #rrggbb, used in the app and the documents. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #d92d20'),
  retention: z.enum(RETENTION_RULES),
  /** Who may accept a residual risk at this level (a role), when retention is allowed. */
  acceptanceAuthority: text(120),
});
export type RiskBand = z.infer<typeof riskBandSchema>;

/**
 * The risk assessment method of clause 6.1.2: scales, the matrix, level bands and acceptance criteria.
 * Bands are ordered from lowest to highest; matrix[l - 1][i - 1] is the band id for likelihood l, impact i.
 */
export const riskMethodSchema = z
  .object({
    approach: text(2000),
    likelihood: z.array(scaleLevelSchema).min(3).max(7),
    impact: z.array(impactLevelSchema).min(3).max(7),
    bands: z.array(riskBandSchema).min(2).max(6),
    matrix: z.array(z.array(z.string())),
    reviewCadenceMonths: z.number().int().min(1).max(36),
  })
  .superRefine((method, ctx) => {
    const bandIds = new Set(method.bands.map((b) => b.id));
    if (bandIds.size !== method.bands.length) ctx.addIssue({ code: 'custom', message: 'Band ids must be unique', path: ['bands'] });
    method.likelihood.forEach((level, index) => {
      if (level.value !== index + 1) ctx.addIssue({ code: 'custom', message: 'Likelihood levels must be numbered 1, 2, 3…', path: ['likelihood', index] });
    });
    method.impact.forEach((level, index) => {
      if (level.value !== index + 1) ctx.addIssue({ code: 'custom', message: 'Impact levels must be numbered 1, 2, 3…', path: ['impact', index] });
    });
    if (method.matrix.length !== method.likelihood.length) {
      ctx.addIssue({ code: 'custom', message: 'The matrix needs one row per likelihood level', path: ['matrix'] });
      return;
    }
    method.matrix.forEach((row, l) => {
      if (row.length !== method.impact.length) {
        ctx.addIssue({ code: 'custom', message: 'The matrix needs one cell per impact level in every row', path: ['matrix', l] });
      }
      row.forEach((cell, i) => {
        if (!bandIds.has(cell)) ctx.addIssue({ code: 'custom', message: `Matrix cell ${l + 1}×${i + 1} names no band`, path: ['matrix', l, i] });
      });
    });
  });
export type RiskMethod = z.infer<typeof riskMethodSchema>;
