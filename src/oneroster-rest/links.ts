/**
 * The RFC 8288 Link header of a collection page: first, prev, next and last, each the request's own URL
 * (filter, sort and fields kept) with offset moved. Consumers that page by Link never compute offsets.
 */
export function linkHeader(
  requestUrl: string,
  page: { total: number; limit: number; offset: number },
): string {
  const { total, limit, offset } = page;
  const at = (target: number) => {
    const url = new URL(requestUrl);
    url.searchParams.set("limit", String(limit));
    url.searchParams.set("offset", String(target));
    return url.toString();
  };
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links: [string, number][] = [["first", 0]];
  if (offset > 0) links.push(["prev", Math.max(0, Math.min(offset - limit, lastOffset))]);
  if (offset + limit < total) links.push(["next", offset + limit]);
  links.push(["last", lastOffset]);
  return links.map(([rel, target]) => `<${at(target)}>; rel="${rel}"`).join(", ");
}
