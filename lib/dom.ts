/** DOM facts shared by the extraction (a clone) and the annotation (the live page). */

/** Node types as numbers: the DOM's `Node` constants are not globals outside a browser window. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Soft hyphens and zero-width characters: invisible in the page, but they split words ("Pu\u00ADtin"). */
export const INVISIBLE_CHARACTERS = /[\u00AD\u200B-\u200D\u2060\uFEFF]+/g;

/** Marks the host element of our own in-page UI: never read as page text, never copied. */
export const UI_HOST_ATTRIBUTE = 'data-backstory-ui';
