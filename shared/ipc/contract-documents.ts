/** Documents and policies (5.2, 7.5): the register, bodies, versions and templates. */
export const documentsContract = {} as const;
