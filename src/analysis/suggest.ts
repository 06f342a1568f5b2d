/** "Did you mean" hints for misspelt names. */

/**
 * Edit distance between two strings, compared without regard to case: insertions, deletions,
 * substitutions and swaps of two neighbouring characters each count one (optimal string
 * alignment distance), so `feild` is one edit from `field`.
 */
export function editDistance(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  const rows: number[][] = [];

  for (let i = 0; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }

      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);

      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }

  return (rows[a.length] as number[])[b.length] as number;
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
