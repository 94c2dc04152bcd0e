// What a data table needs from the page's URL state and the server's answer: the sort in force,
// the page shown (the server's, which may differ from the URL's past the last page), the page
// size and total, whether a new page is on its way, and how to ask for another one.
export interface TableController {
  sort?: { id: string; desc: boolean };
  onSort?: (sort: string, desc: boolean) => void;
  /** The page the server rendered (1-based). */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** Choices in the "Rows per page" select; absent: no select. */
  pageSizes?: readonly number[];
  onPage: (page: number) => void;
  onPageSize?: (pageSize: number) => void;
  /** A new page is being rendered: the table dims and says it is busy. */
  pending: boolean;
}
