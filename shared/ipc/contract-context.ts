/** Context (4.1), interested parties (4.2), scope (4.3) and ISMS roles (5.3). */
export const contextContract = {} as const;
