/** The page size of every list of office supervision, and the page asked for (1 when absent or nonsense). */
export const PAGE_SIZE = 20;
export const pageOf = (page: number | undefined): number => Math.max(1, Math.trunc(Number(page)) || 1);
