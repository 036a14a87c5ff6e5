/** The business calendar (as for auto numbers): spreadsheet wall times are read and written in it. */
export const BUSINESS_TIME_ZONE = process.env.APP_TIME_ZONE ?? 'Asia/Shanghai';
