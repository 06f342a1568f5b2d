/** "Did you mean" hints for misspelt names. */

/** Levenshtein distance between two strings, compared without regard to case. */
export function editDistance(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);

  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }

  return previous[b.length] as number;
}

/**
 * Returns the candidates closest to `name`, best first, when they are close enough to be a
 * plausible typo: at most a third of the name's length away (and at least one edit allowed).
 */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const allowed = Math.max(1, Math.floor(name.length / 3));
  const scored: { candidate: string; distance: number }[] = [];

  for (const candidate of new Set(candidates)) {
    const distance = editDistance(name, candidate);
    if (distance <= allowed) {
      scored.push({ candidate, distance });
    }
  }

  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map((entry) => entry.candidate);
}

/** Formats a hint such as ` Did you mean "groupBy"?`, or "" when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const names = closestNames(name, candidates);
  if (names.length === 0) {
    return "";
  }

  const quoted = names.map((candidate) => `"${candidate}"`);
  return ` Did you mean ${quoted.length === 1 ? quoted[0] : `one of ${quoted.join(", ")}`}?`;
}
