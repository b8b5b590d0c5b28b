import { z } from 'zod';
import { measurementInputSchema, objectiveInputSchema, type Objective } from '../domain/objectives';
import {
  competenceSchema,
  trainingRecordFieldsSchema,
  trainingRecordInputSchema,
  type RoleCompetences,
  type TrainingRecord,
} from '../domain/competence';
import { channel, none, recordId } from './channel';

/** Objectives and measurements (6.2, 9.1), competence and awareness (7.2, 7.3). */
export const objectivesContract = {
  'objective:list': channel<Objective[]>()(none),
  'objective:create': channel<Objective>()(z.object({ objective: objectiveInputSchema }).strict()),
  'objective:update': channel<Objective>()(z.object({ id: recordId, patch: objectiveInputSchema.partial().strict() }).strict()),
  'objective:delete': channel<null>()(z.object({ id: recordId }).strict()),

  /** Measurement writes answer with the whole objective, measurements included. */
  'measurement:add': channel<Objective>()(z.object({ measurement: measurementInputSchema }).strict()),
  'measurement:update': channel<Objective>()(
    z.object({ id: recordId, patch: measurementInputSchema.omit({ objectiveId: true }).partial().strict() }).strict(),
  ),
  'measurement:delete': channel<Objective>()(z.object({ id: recordId }).strict()),

  /** The ISMS roles with the competences each requires (the roles themselves are kept in Scope and roles). */
  'competence:roles': channel<RoleCompetences[]>()(none),
  'competence:setRole': channel<RoleCompetences>()(
    z.object({ roleId: recordId, competences: z.array(competenceSchema).max(40, 'List at most 40 competences per role') }).strict(),
  ),

  'training:list': channel<TrainingRecord[]>()(none),
  'training:create': channel<TrainingRecord>()(z.object({ record: trainingRecordInputSchema }).strict()),
  'training:update': channel<TrainingRecord>()(z.object({ id: recordId, patch: trainingRecordFieldsSchema.partial().strict() }).strict()),
  'training:delete': channel<null>()(z.object({ id: recordId }).strict()),
} as const;
