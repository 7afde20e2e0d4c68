/*
 * COWS item 3, typed by hand from the form as SAMHSA TIP 45 reproduces it (NCBI
 * Bookshelf NBK64244, table A72915): "3. Restlessness: observation during assessment",
 * then its four anchors. Independent of cows.ts; cows.spec.ts compares the two
 * (issue 9, item 8: restlessness is rated by observation, not by report).
 */
export const COWS_RESTLESSNESS_PUBLISHED = {
  heading: 'Restlessness',
  instruction: 'observation during assessment',
  anchors: [
    [0, 'Able to sit still'],
    [1, 'Reports difficulty sitting still, but is able to do so'],
    [3, 'Frequent shifting or extraneous movements of legs/arms'],
    [5, 'Unable to sit still for more than a few seconds'],
  ],
} as const;
