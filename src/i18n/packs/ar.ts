/**
 * The script-tag bundle's ar messages, a file of their own that only pages in that language fetch. It hands
 * them to the bundle already on the page (which has its own copy of the catalog registry).
 */
import { ar } from '../ar.js';

const register = (globalThis as Record<symbol, ((lang: string, messages: typeof ar) => void) | undefined>)[Symbol.for('news-widgets.register-messages')];
register?.('ar', ar);
