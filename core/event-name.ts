// How a shared event is named in "why this matched": one place, for the
// background that ranks and for the sidebar that renames topics.

/** "World Internet Conference, 2023"; null when the article's year is unknown. */
export function eventName(topicLabel: string, published: string | null): string | null {
  const year = published?.slice(0, 4);
  return year ? `${topicLabel}, ${year}` : null;
}
