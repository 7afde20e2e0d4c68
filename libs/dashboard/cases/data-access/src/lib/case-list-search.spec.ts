import {
  DEFAULT_CASE_LIST_SEARCH,
  searchFromQueryParams,
  searchToQueryParams,
  toCaseSearchQuery,
} from './case-list-search';

describe('case list search', () => {
  it('reads the URL, falling back to the defaults for anything malformed', () => {
    expect(searchFromQueryParams({})).toEqual(DEFAULT_CASE_LIST_SEARCH);
    expect(
      searchFromQueryParams({ q: 'sam', status: 'all', page: '3', size: '50' }),
    ).toEqual({ text: 'sam', status: 'all', pageIndex: 2, pageSize: 50 });
    expect(
      searchFromQueryParams({
        q: ['first', 'second'],
        status: 'deleted',
        page: '-2',
        size: '7',
      }),
    ).toEqual({ ...DEFAULT_CASE_LIST_SEARCH, text: 'first' });
  });

  it('writes only what differs from the defaults, so the plain list is /cases', () => {
    expect(searchToQueryParams(DEFAULT_CASE_LIST_SEARCH)).toEqual({
      q: null,
      status: null,
      page: null,
      size: null,
    });
    expect(
      searchToQueryParams({
        text: ' sam ',
        status: 'closed',
        pageIndex: 1,
        pageSize: 10,
      }),
    ).toEqual({ q: 'sam', status: 'closed', page: 2, size: 10 });
  });

  it('searches by phone when the text looks like a number, otherwise by alias or case number', () => {
    const search = { ...DEFAULT_CASE_LIST_SEARCH, pageIndex: 1 };
    expect(toCaseSearchQuery({ ...search, text: '(201) 555-0123' })).toEqual({
      phone: '(201) 555-0123',
      status: 'open',
      page: 2,
      pageSize: 25,
    });
    expect(toCaseSearchQuery({ ...search, text: 'C-1042' })).toEqual({
      q: 'C-1042',
      status: 'open',
      page: 2,
      pageSize: 25,
    });
    expect(
      toCaseSearchQuery({ ...search, text: ' 1042 ', status: 'all' }),
    ).toEqual({ q: '1042', page: 2, pageSize: 25 });
  });
});
