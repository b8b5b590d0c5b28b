/** Objectives and measurements (6.2, 9.1), competence and awareness (7.2, 7.3). */
export const objectivesContract = {} as const;
