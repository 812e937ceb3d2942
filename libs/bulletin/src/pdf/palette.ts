/** One calm palette for the bulletin: blue-greys, the unit itself in a deep blue, tones for change. */
export const PALETTE = {
  text: '#1f2328',
  muted: '#5f6b7a',
  rule: '#c9d1db',
  masthead: '#b3261e',
  bar: '#9db4d0',
  own: '#1f4e8c',
  better: '#1a7f37',
  worse: '#c62828',
  topFill: '#e9f5ec',
  bottomFill: '#fdecec',
  headerFill: '#eef2f7',
  cardFill: '#f6f8fb',
} as const;

export const TONE_COLOUR = { better: PALETTE.better, worse: PALETTE.worse, same: PALETTE.text, none: PALETTE.muted } as const;
