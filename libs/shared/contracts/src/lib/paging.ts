/** Every list endpoint answers one page of items with the total that matched. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
