/** `order-item` -> `OrderItem`. */
export function pascalCase(kebab) {
  return kebab
    .split(/[-/]/)
    .filter((word) => word.length > 0)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** `order-item` -> `orderItem`. */
export function camelCase(kebab) {
  const pascal = pascalCase(kebab);
  return pascal[0].toLowerCase() + pascal.slice(1);
}

/** `order-item` -> `ORDER_ITEM`. */
export function constantCase(kebab) {
  return kebab.replaceAll('-', '_').toUpperCase();
}

/** `order` -> `an order`, `payment` -> `a payment`. */
export function withArticle(words) {
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}
