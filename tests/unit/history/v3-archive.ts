/** Records as schema version 3 kept them: the articles as version 2 kept them, plus the names table (no splits table). */
import { V2_ROW, V2_UNREAD_ROW } from './v2-archive';

export const V3_ROW = V2_ROW;
export const V3_UNREAD_ROW = V2_UNREAD_ROW;

export const V3_NAMES = [
  { surname: 'lavrov', identity: 'sergei lavrov' },
  { surname: 'putin', identity: 'vladimir putin' },
];
