/** The GB18030 pair table's rows and columns (legacy-tables.ts): lead bytes by trail bytes. */
export const LEADS = { first: 0x81, last: 0xfe };
export const TRAILS = { first: 0x40, last: 0xfe };
