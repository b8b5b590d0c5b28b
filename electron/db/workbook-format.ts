/** 'ISMW' as a 32-bit integer, stored in the SQLite header so a workbook can be told from any other database. */
export const WORKBOOK_APPLICATION_ID = 0x49534d57;
export const WORKBOOK_EXTENSION = '.isms';
export const SQLITE_HEADER = 'SQLite format 3\u0000';
