import { z } from 'zod';

/** A channel: the zod schema its input must pass, and the type of what it returns. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Type carrier only; never read at run time. */
  output?: O;
}

export const channel = <O>() => <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

/** Inputs several areas share. */
export const none = z.object({}).strict();
export const recordId = z.number().int().positive();
export const filePath = z.string().trim().min(1, 'A file path is required').max(4096);
