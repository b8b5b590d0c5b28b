/** Management review (9.3). */
export const reviewContract = {} as const;
