/** The self-assessment's summary: which dimensions are in place, partly in place, missing or unanswered. */
export { ANSWERS, ANSWER_LABELS, type Answer } from '../../schemas/answers';

export interface Dimension {
  id: string;
  name: string;
  /** Where to read more: a chapter section's address. */
  helpPath: string;
  helpTitle: string;
}

export interface Summary<D extends Dimension = Dimension> {
  strengths: D[];
  partly: D[];
  gaps: D[];
  unanswered: D[];
}

/** Sorts the dimensions by the answers given, keeping the questions' order within each group. */
export function summarize<D extends Dimension>(
  dimensions: readonly D[],
  answers: Readonly<Record<string, string | undefined>>,
): Summary<D> {
  const summary: Summary<D> = { strengths: [], partly: [], gaps: [], unanswered: [] };
  for (const d of dimensions) {
    const answer = answers[d.id];
    if (answer === 'ja') summary.strengths.push(d);
    else if (answer === 'delvis') summary.partly.push(d);
    else if (answer === 'nej') summary.gaps.push(d);
    else summary.unanswered.push(d);
  }
  return summary;
}
