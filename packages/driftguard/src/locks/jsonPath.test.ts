import { describe, expect, it } from 'vitest';
import { checkJsonPath, selectAll, selectOne } from './jsonPath.js';

describe('JSON paths', () => {
  it.each([
    '$.order_id',
    '$.items[0].sku',
    '$.items[*].qty',
    "$['order-id']",
    '$..reference',
    '$.items[-1:]',
    `$.captures[?(@.reference == '\${order}')]`,
    '$[0].n',
  ])('accept %s', (path) => {
    expect(checkJsonPath(path)).toBeUndefined();
  });

  it.each([
    ['order_id', /starts with \$/],
    ['$.items[', /"\[" at character 8 is never closed/],
    ['$.items[x y]', /not an index, a quoted name, a slice/],
    ['$.', /expected a name after "\."/],
    ['$[?(@.x ==)]', /Expected expression after ==/],
    ['$ .x', /unexpected " "/],
  ])('refuse %s, saying why', (path, why) => {
    expect(checkJsonPath(path)).toMatch(why);
  });

  it('select one value, several, or nothing', () => {
    const body = { order_id: 'ord_1', captures: [{ reference: 'a' }, { reference: 'b' }, { reference: 'a' }] };
    expect(selectOne('$.order_id', body)).toBe('ord_1');
    expect(selectAll("$.captures[?(@.reference == 'a')]", body)).toHaveLength(2);
    expect(selectOne('$.missing', body)).toBeUndefined();
    expect(selectAll('$.x.y', undefined)).toEqual([]);
  });
});
