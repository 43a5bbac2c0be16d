/** Social cards are the size every network shows large: 1200 × 630. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
