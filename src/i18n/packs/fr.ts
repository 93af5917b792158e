/**
 * The script-tag bundle's fr messages, a file of their own that only pages in that language fetch. It hands
 * them to the bundle already on the page (which has its own copy of the catalog registry).
 */
import { fr } from '../fr.js';

const register = (globalThis as Record<symbol, ((lang: string, messages: typeof fr) => void) | undefined>)[Symbol.for('news-widgets.register-messages')];
register?.('fr', fr);
