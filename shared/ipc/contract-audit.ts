/** Internal audit (9.2) and nonconformities with corrective action (10.2). */
export const auditContract = {} as const;
