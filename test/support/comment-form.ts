/** Reaching into a `<comment-form>` as a reader would: its fields, its parts, and typing into it. */
import type { CommentFormElement } from '../../src/components/comment-form/comment-form.js';

export const shadow = (el: HTMLElement): ShadowRoot => el.shadowRoot!;

/** A field by its id: `comment`, `name`, `email` or `url`. */
export const control = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLInputElement & HTMLTextAreaElement>(`#${id}`)!;

export const part = (el: HTMLElement, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Types into fields the way an input event reports it, then lets the form update. */
export async function fill(el: CommentFormElement, values: Partial<Record<'comment' | 'name' | 'email' | 'url', string>>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const box = control(el, id);
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}
