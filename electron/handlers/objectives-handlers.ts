import type { objectivesContract } from '../../shared/ipc/contract-objectives';
import type { WorkbookArea } from '../../shared/domain/workbook';
import {
  addMeasurement,
  createObjective,
  deleteMeasurement,
  deleteObjective,
  listObjectiveRegister,
  updateMeasurement,
  updateObjective,
} from '../services/objective-service';
import {
  createTrainingRecord,
  deleteTrainingRecord,
  listRoles,
  listTraining,
  setRoleCompetences,
  updateTrainingRecord,
} from '../services/competence-service';
import type { HandlersFor } from './handler';

const OBJECTIVES: readonly WorkbookArea[] = ['objectives', 'change-log'];
const COMPETENCE: readonly WorkbookArea[] = ['competence', 'change-log'];
/** Role competences are part of the role record that the Scope and roles screen shows too. */
const ROLE_COMPETENCES: readonly WorkbookArea[] = ['competence', 'scope', 'change-log'];

export const objectivesHandlers: HandlersFor<typeof objectivesContract> = {
  'objective:list': { run: ({ session }) => listObjectiveRegister(session.context()) },
  'objective:create': { run: ({ session }, input) => createObjective(session.context(), input.objective), changes: OBJECTIVES },
  'objective:update': { run: ({ session }, input) => updateObjective(session.context(), input.id, input.patch), changes: OBJECTIVES },
  'objective:delete': {
    run: ({ session }, input) => {
      deleteObjective(session.context(), input.id);
      return null;
    },
    changes: OBJECTIVES,
  },

  'measurement:add': { run: ({ session }, input) => addMeasurement(session.context(), input.measurement), changes: OBJECTIVES },
  'measurement:update': { run: ({ session }, input) => updateMeasurement(session.context(), input.id, input.patch), changes: OBJECTIVES },
  'measurement:delete': { run: ({ session }, input) => deleteMeasurement(session.context(), input.id), changes: OBJECTIVES },

  'competence:roles': { run: ({ session }) => listRoles(session.context()) },
  'competence:setRole': {
    run: ({ session }, input) => setRoleCompetences(session.context(), input.roleId, input.competences),
    changes: ROLE_COMPETENCES,
  },

  'training:list': { run: ({ session }) => listTraining(session.context()) },
  'training:create': { run: ({ session }, input) => createTrainingRecord(session.context(), input.record), changes: COMPETENCE },
  'training:update': { run: ({ session }, input) => updateTrainingRecord(session.context(), input.id, input.patch), changes: COMPETENCE },
  'training:delete': {
    run: ({ session }, input) => {
      deleteTrainingRecord(session.context(), input.id);
      return null;
    },
    changes: COMPETENCE,
  },
};
