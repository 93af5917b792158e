import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { getDefaults, resolveUrl } from '../../config.js';
import { NewsError } from '../../data/errors.js';
import { clearResponseCache } from '../../data/fetch-json.js';
import type { NewsComment } from '../../data/model.js';
import { enCommentForm } from '../../i18n/en-comment-form.js';
import { enComments } from '../../i18n/en-comments.js';
import { addEnglish } from '../../i18n/localize.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { NewsErrorDetail } from '../base/news-element.js';
import { WidgetElement } from '../base/widget-element.js';
import { textFieldStyles } from '../base/text-field.styles.js';
import { commentFormStyles } from './comment-form.styles.js';
import { clearDraft, draftKey, forgetIdentity, readDraft, readIdentity, rememberIdentity, saveDraft, type Draft, type Identity } from './draft-store.js';
import { CommentNotConfirmedError, isNoParent, SEND_TIMEOUT, type CommentParentId } from '../../data/comment-target.js';
import type { CommentFormat, FieldNames, SendOptions, SentComment } from '../../data/send-comment.js';
import { emit } from '../base/events.js';
import { heading } from '../base/heading.js';
import { PostStatusController } from '../base/post-status.js';
import type { SendFailure } from './describe-failure.js';
import {
  checkComment,
  checkField,
  lengthStatus,
  parseFieldList,
  shownFields,
  type CommentField,
  type CommentValues,
  type FieldProblem,
  type FieldProblems,
} from './validate.js';

// The error a `news-error` may carry, from the element's own module: a script-tag page can test
// `instanceof NewsWidgets.CommentNotConfirmedError` before the data API has loaded.
export { CommentNotConfirmedError } from '../../data/comment-target.js';

/**
 * The comment-sending code, and the words for the ways sending can fail, loaded when a reader starts a
 * comment (or sends one): most readers never do.
 */
const loadSender = () => import('../../data/send-comment.js');
const loadFailures = () => import('./describe-failure.js');
const prefetch = (): void => {
  // A failure here is the send's to report.
  loadSender().catch(() => undefined);
  loadFailures().catch(() => undefined);
};

/** Detail of the `news-comment` event. */
export interface NewsCommentDetail {
  /** The comment as the server stored it, normalized. */
  comment: NewsComment;
  /** `approved` (published), `hold` (awaiting moderation), or another status the server gave. */
  status: string;
  /** The server's answer as it came. */
  data: unknown;
  /** The absolute URL the comment was posted to: with `comment.postId`, it says which site's post has one more comment. */
  endpoint: string;
}

/**
 * One submit as it stood when the reader pressed the button: what was sent, where, for which post and
 * which draft. The answer is applied to these, never to the form's attributes of the moment, which an
 * app that reuses the form may have pointed at another post meanwhile.
 */
interface Submission {
  endpoint: string;
  /** The draft the comment was typed in: cleared once the server took the comment, kept otherwise. */
  draftKey: string;
  values: Partial<CommentValues>;
  /** The post, the parent, the format and the request's options. */
  options: SendOptions;
  /** The name, email and website to remember when the comment is taken. */
  identity: Identity;
  /** "Save my name..." is ticked for this comment (it may change until the answer). */
  remember: boolean;
}

const EMPTY: CommentValues = { comment: '', name: '', email: '', url: '' };
const IDENTITY_FIELDS = ['name', 'email', 'url'] as const;
/** Typing pauses this long before the draft is written. */
const SAVE_DELAY = 300;

/** Per field: the label's message, the `name` a browser's autofill knows it by, `type` and `autocomplete`. */
const FIELD_INFO: Record<CommentField, { label: MessageKey; name: string; type: string; autocomplete: string }> = {
  comment: { label: 'commentLabel', name: 'comment', type: 'text', autocomplete: 'off' },
  name: { label: 'nameLabel', name: 'author', type: 'text', autocomplete: 'name' },
  email: { label: 'emailLabel', name: 'email', type: 'email', autocomplete: 'email' },
  url: { label: 'websiteLabel', name: 'url', type: 'url', autocomplete: 'url' },
};

/**
 * A comment form that posts to a WordPress site (the REST endpoint `/wp-json/wp/v2/comments` or the
 * classic `/wp-comments-post.php`) or any JSON endpoint: comment, name, email and website, "save my
 * name..." for next time, and the site's answers in words a reader understands. It checks each field as
 * WordPress would before sending, sends once per submit, keeps the unsent comment across reloads until
 * the server confirms it, and lays a quiet trap for bots.
 *
 * Confirmation: the form says "published" or "awaiting moderation", fires `news-comment` and clears the
 * draft only on evidence that the comment was stored. `wordpress`: a 2xx whose body is the created
 * comment (an object with an `id`); a 2xx without one (an empty body, a page) is an error and the text
 * stays. `wordpress-classic`: WordPress redirects to the article once it has stored the comment, with
 * `?unapproved=ID` when it holds it for moderation; an answer without a redirect is its error page,
 * whose message the form shows (409 duplicate, 429 too quick). `generic`: any 2xx is taken at its word.
 *
 * The classic endpoint sends no CORS headers, so from a page on another origin a browser would deliver
 * the form yet hide the answer, and the reader could not know whether the comment was stored (trying
 * again would meet "duplicate comment"). On another origin the form therefore sends nothing: it says at
 * once that the comment was not sent and is kept, and tells the site owner in the console what to
 * change (serve the form from the site's own origin, or use the REST endpoint with anonymous REST
 * comments allowed by the `rest_allow_anonymous_comments` filter).
 *
 * Drafts and privacy: the unsent comment is kept in `localStorage` (nothing typed is lost to a reload
 * or a closed tab); the name, email and website go there only while "Save my name..." is ticked, and
 * otherwise into `sessionStorage`, which the browser empties when the tab closes. Unticking the box, or
 * "Forget my details" (shown while details are remembered), removes them from this browser;
 * `clearStoredData()` removes everything the widgets stored on the origin.
 *
 * Spam: a hidden field people never see (off-screen, hidden from assistive technology, out of the tab
 * order) and a minimum time between the form appearing and a submit. A submit that trips either is
 * dropped with no request, no message and no event, and everything typed stays: a bot learns nothing
 * from the page, and a person who was only quicker than `min-submit-ms` can simply press again.
 *
 * @tagname comment-form
 * @summary A comment form for WordPress or any JSON endpoint, with validation, drafts and moderation messages.
 *
 * @attr action - URL the comment is posted to (relative URLs resolve against the page-wide `baseUrl`).
 * @attr format - `wordpress` (the REST endpoint, JSON), `wordpress-classic` (`/wp-comments-post.php`, form fields) or `generic` (JSON under `fieldNames`). Unset: `wordpress-classic` when the action's path ends in `/wp-comments-post.php`, else `wordpress`.
 * @attr post-id - The article's numeric id (WordPress `post`). A comment being sent when it changes still goes to the post it was written for, and only that post's draft is cleared.
 * @attr parent-id - The id of the comment this one replies to, any id (`42`, `c-9f2e`, a UUID); `0` or empty for none (default). WordPress gets a numeric id as a number, a `generic` endpoint the id as given. `<comment-list>`'s Reply sets it through `replyTo()`.
 * @attr fields - Which fields to show: any of `comment name email url` (default all; the comment box always shows).
 * @attr optional - Which shown fields may stay empty (default `url`; WordPress requires name and email).
 * @attr credentials - Whether cookies go with the request: `omit` (default), `same-origin` or `include`.
 * @attr timeout - Milliseconds before a send is given up (default: the page-wide `timeout`, else 15000).
 * @attr min-submit-ms - Least milliseconds between the form appearing and a submit (default 3000).
 * @attr heading - Text of the heading above the form (default "Leave a comment"; empty hides it).
 * @attr heading-level - Level of that heading, 2 to 6 (default 2).
 * @attr theme - `light`, `dark` or `auto`; unset, the form inherits the page's colours.
 *
 * @fires {CustomEvent<NewsCommentDetail>} news-comment - The server took a comment: `{ comment, status, data, endpoint }`; `status` is `approved` or `hold` (awaiting moderation). A published one (`approved`) adds one to the post's comment count in every widget on the page that shows it.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - A comment was not taken, or not confirmed: `{ error }` (a `NewsError`; `serverCode` holds WordPress's code; a `CommentNotConfirmedError` with `reason` `cross-origin` (nothing sent) or `no-evidence`).
 *
 * @csspart root - The wrapper around everything.
 * @csspart heading - The form's heading.
 * @csspart form - The `<form>`.
 * @csspart field - A field: its label, control and message.
 * @csspart label - A field's label.
 * @csspart input - A text box: comment, name, email or website.
 * @csspart field-error - The message next to a field that needs correcting.
 * @csspart counter - "N characters left" near the comment's length limit, "N characters too many" past it.
 * @csspart consent - The "save my name, email, and website" choice.
 * @csspart forget - "Forget my details", beside that choice while details are remembered in this browser.
 * @csspart status - Good news: published, awaiting moderation, or draft restored.
 * @csspart form-error - Why the comment was not taken.
 * @csspart submit - The "Post comment" button.
 * @csspart reply-to - "Replying to NAME", while the comment answers another.
 * @csspart cancel-reply - The button that makes it a comment of its own again.
 * @csspart closed - "Comments are closed", shown instead of the form when the article on the page says so.
 *
 * @cssprop --news-accent - The buttons' focus rings and hover borders, and the checkbox (default `#1a5fb4`).
 * @cssprop --news-text - Text colour (default: inherited from the page).
 * @cssprop --news-surface - Background (default: transparent).
 * @cssprop --news-muted - The "(optional)" and "(required)" hints and the counter.
 * @cssprop --news-border - Borders of messages.
 * @cssprop --news-field-border - Borders of the text boxes (default: the text colour at 55%, contrast 3:1 or more).
 * @cssprop --news-field-focus - Focus ring of the text boxes, kept apart from the invalid fields' `--news-danger` (default: the text colour).
 * @cssprop --news-tint - Background of the button and messages.
 * @cssprop --news-danger - Colour of error messages and invalid fields (default: red mixed with the text colour).
 * @cssprop --news-radius - Corner radius (default `0.5rem`).
 * @cssprop --news-gap - Space between fields (default `1rem`).
 * @cssprop --news-block-gap - Space below the widget, before what follows it on the page; `0` for none (default `1.5rem`).
 * @cssprop --news-font - Font (default: inherited from the page).
 * @cssprop --news-heading-font - Font of the heading (default: inherited).
 */
export class CommentFormElement extends WidgetElement {
  /** @internal The tag this element is registered as. */
  static readonly tagName: string = 'comment-form';

  static {
    // Its texts (and the reply state's) come with its code, so pages without a form do not download them.
    addEnglish({ ...enCommentForm, ...enComments });
  }

  static override styles = [...WidgetElement.styles, textFieldStyles, commentFormStyles];

  static override properties: PropertyDeclarations = {
    action: {},
    format: {},
    postId: { type: Number, attribute: 'post-id' },
    parentId: { attribute: 'parent-id', converter: (value: string | null) => value ?? 0 },
    fields: {},
    optional: {},
    fieldNames: { attribute: false },
    headers: { attribute: false },
    credentials: {},
    timeout: { type: Number },
    minSubmitMs: { type: Number, attribute: 'min-submit-ms' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    _values: { state: true },
    _remember: { state: true },
    _problems: { state: true },
    _notice: { state: true },
    _remembered: { state: true },
    _failure: { state: true },
    _replyName: { state: true },
  };

  /** URL the comment is posted to (relative URLs resolve against the page-wide `baseUrl`). */
  action = '';

  /**
   * `wordpress`: the `/wp-json/wp/v2/comments` JSON body. `wordpress-classic`: the form fields of
   * `/wp-comments-post.php`. `generic`: the JSON body named by `fieldNames`. Unset (default):
   * `wordpress-classic` when the action's path ends in `/wp-comments-post.php`, else `wordpress`.
   */
  format?: CommentFormat;

  /**
   * The article's numeric id, sent as WordPress `post`. A comment being sent when it changes still goes to
   * the post it was written for; the form shows the new post's own draft.
   */
  postId?: number;

  /**
   * The id of the comment this one replies to: any id (`42`, `"42"`, `"c-9f2e"`, a UUID), kept as given;
   * `0` or `""` for none (default 0). Sent to WordPress as a number when numeric, to a `generic` endpoint as given.
   */
  parentId: string | number = 0;

  /** Which fields to show, space-separated: any of `comment name email url` (the comment box always shows). */
  fields = 'comment name email url';

  /** Which shown fields may stay empty, space-separated (default `url`). */
  optional = 'url';

  /** Names to send each value under in the `generic` format, e.g. `{ content: 'text', author_name: 'name' }`. */
  fieldNames?: FieldNames;

  /** Extra request headers, e.g. `{ 'X-WP-Nonce': nonce }` for a signed-in WordPress reader. */
  headers?: Record<string, string>;

  /** Whether cookies go with the request: `omit` (default), `same-origin` or `include`. */
  credentials: RequestCredentials = 'omit';

  /** Milliseconds before a send is given up (default: the page-wide `timeout`, else 15000). */
  timeout?: number;

  /** Least milliseconds between the form appearing and a submit; a quicker submit is treated as a bot's. */
  minSubmitMs = 3000;

  /** Text of the heading above the form (default: the `commentHeading` message; empty hides it). */
  heading?: string;

  /** Level of that heading, 2 to 6 (default 2). */
  headingLevel = 2;

  private _values: CommentValues = { ...EMPTY };
  private _remember = false;
  /** Messages next to fields, shown after a submit or when a changed field loses focus. */
  private _problems: FieldProblems = {};
  /** The good news in the status line. */
  private _notice?: 'thanks' | 'held' | 'draftRestored' | 'detailsForgotten';
  /** Whether details are remembered in this browser for next time (the "Forget my details" button shows). */
  private _remembered = false;
  private _failure?: SendFailure;

  /** Fields the reader has changed; only those are checked when they lose focus. */
  private _touched = new Set<CommentField>();
  /** The storage key the fields were last filled from. */
  private _draftKey?: string;
  private _dirty = false;
  private _saveTimer?: ReturnType<typeof setTimeout>;
  private _shownAt = 0;
  /** The submission being sent, from the moment a submit passes its checks until the answer. */
  private _inFlight?: Submission;
  /** Sending a comment: run once per submit, with the submission it acts on. */
  private readonly _send = new Task<[Submission], SentComment>(this, {
    autoRun: false,
    task: async ([submission]) => {
      prefetch();
      return (await loadSender()).sendComment(submission.endpoint, submission.values, submission.options);
    },
  });
  private readonly _onPageHide = (): void => this._saveNow();
  /** The name of the author of the comment answered, when Reply chose it. */
  private _replyName?: string;
  /** The post's comment status, as a `<news-article>` on the page said. */
  private readonly _postStatus = new PostStatusController(this, () => this.postId);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this._onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this._onPageHide);
    // A single-page app may remove the form mid-sentence: what was typed is kept for its next showing.
    this._saveNow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('action') || changed.has('postId')) this._restore();
    if (changed.has('postId') && changed.get('postId') !== undefined) this._postStatus.reset();
  }

  protected override firstUpdated(): void {
    this._shownAt = performance.now();
  }

  private get _key(): string {
    return draftKey(this.action ? resolveUrl(this.action) : '', this.postId);
  }

  private get _shown(): CommentField[] {
    return shownFields(this.fields);
  }

  private get _optional(): CommentField[] {
    return parseFieldList(this.optional, ['url']);
  }

  /** True from the moment a submit passes its checks until the answer: the guard against a second send. */
  private get _sending(): boolean {
    return this._send.status === TaskStatus.PENDING;
  }

  /** Whether the fields show the comment being sent (they stay as sent until the answer). */
  private get _showsInFlight(): boolean {
    return this._inFlight !== undefined && this._inFlight.draftKey === this._draftKey;
  }

  /** Fills the form from the remembered identity and this endpoint's draft, unless the reader has typed already. */
  private _restore(): void {
    const key = this._key;
    if (key === this._draftKey) return;
    if (this._draftKey !== undefined && this._dirty) {
      // The form now points elsewhere: what was typed belongs to the old key.
      this._saveNow();
    }
    const inFlight = this._inFlight?.draftKey;
    if (inFlight !== undefined && (inFlight === this._draftKey || inFlight === key)) {
      // A comment on its way keeps its own post and draft: the form moves on to the new key's draft, or
      // back to the comment being sent, whatever was typed meanwhile (it is saved under its own key).
      this._touched.clear();
      this._problems = {};
      this._failure = undefined;
    }
    this._draftKey = key;
    const identity = readIdentity();
    this._remembered = identity !== undefined;
    if (this._touched.size > 0) return;
    const draft: Draft = readDraft(key) ?? {};
    this._values = { ...EMPTY, ...identity, ...draft };
    this._remember = draft.remember ?? identity !== undefined;
    // Back at a comment still being sent: its draft is that comment, not an unsent one.
    this._notice = draft.comment && !this._showsInFlight ? 'draftRestored' : undefined;
  }

  private _scheduleSave(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(() => this._saveNow(), SAVE_DELAY);
  }

  private _saveNow(): void {
    clearTimeout(this._saveTimer);
    this._saveTimer = undefined;
    if (!this._dirty || this._draftKey === undefined) return;
    this._dirty = false;
    const draft: Draft = { ...this._values };
    if (this._remember) draft.remember = true;
    saveDraft(this._draftKey, draft);
  }

  private _onInput(event: Event): void {
    // Fetched while the reader writes, so that sending waits for no file.
    prefetch();
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = control.dataset.field as CommentField;
    this._values = { ...this._values, [field]: control.value };
    this._touched.add(field);
    this._dirty = true;
    this._notice = undefined;
    this._scheduleSave();
    // Once a field was marked, the mark goes as soon as the text is right, not only on the next blur.
    if (this._problems[field]) this._setProblem(field, this._check(field));
  }

  private _onFocusOut(event: FocusEvent): void {
    const field = (event.target as HTMLElement).dataset.field as CommentField | undefined;
    if (field && this._touched.has(field)) this._setProblem(field, this._check(field));
    this._saveNow();
  }

  private _onRemember(event: Event): void {
    this._remember = (event.target as HTMLInputElement).checked;
    // Unticking is the reader withdrawing consent: forget at once, not after the next comment. What is in
    // the fields stays for this tab only (sessionStorage), so a reload still restores the form.
    if (!this._remember) {
      forgetIdentity();
      this._remembered = false;
    }
    // The box on screen is the sending comment's own; consent withdrawn reaches it wherever the form is.
    if (this._inFlight && (this._showsInFlight || !this._remember)) this._inFlight.remember = this._remember;
    this._dirty = true;
    this._scheduleSave();
  }

  private _check(field: CommentField): FieldProblem | undefined {
    return checkField(field, this._values[field], !this._optional.includes(field));
  }

  private _setProblem(field: CommentField, problem: FieldProblem | undefined): void {
    const problems = { ...this._problems };
    if (problem) problems[field] = problem;
    else delete problems[field];
    this._problems = problems;
  }

  /** What is sent: the shown fields only. */
  private _sentValues(): Partial<CommentValues> {
    return Object.fromEntries(this._shown.map((field) => [field, this._values[field]]));
  }

  private _looksAutomated(): boolean {
    const trap = this.renderRoot.querySelector<HTMLInputElement>('.trap input');
    return Boolean(trap?.value) || performance.now() - this._shownAt < this.minSubmitMs;
  }

  private async _onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this._sending) return;
    for (const field of this._shown) this._touched.add(field);
    this._failure = undefined;
    this._notice = undefined;
    this._problems = checkComment(this._values, { fields: this._shown, optional: this._optional });
    if (Object.keys(this._problems).length > 0) {
      await this._focusFirstProblem();
      return;
    }
    if (this._looksAutomated()) return;
    if (!this.action) {
      console.warn('news-widgets: <comment-form> has no action attribute, so the comment has nowhere to go.');
      this._failure = { key: 'sendFailed' };
      return;
    }
    this._saveNow();
    const hadFocus = this.matches(':focus-within');
    const submission = (this._inFlight = this._submission());
    try {
      await this._send.run([submission]);
      // The answer applies to the submission, whatever post the form shows by now.
      if (this._send.status === TaskStatus.COMPLETE) this._sent(this._send.value!, submission);
      else await this._failed(this._send.error, submission);
    } finally {
      this._inFlight = undefined;
    }
    await this.updateComplete;
    // A disabled button drops focus to the page; a keyboard reader should find it where they left it.
    if (hadFocus && !this.matches(':focus-within')) this._submitButton?.focus();
  }

  /** The submission of what the form shows now, to the post and draft it shows now. */
  private _submission(): Submission {
    const shownIdentity = IDENTITY_FIELDS.filter((field) => this._shown.includes(field));
    return {
      endpoint: resolveUrl(this.action),
      draftKey: this._draftKey ?? this._key,
      values: this._sentValues(),
      options: {
        ...(this.format ? { format: this.format } : {}),
        ...(this.postId !== undefined && Number.isFinite(this.postId) ? { postId: this.postId } : {}),
        parentId: this.parentId ?? 0,
        ...(this.fieldNames ? { fieldNames: this.fieldNames } : {}),
        ...(this.headers ? { headers: this.headers } : {}),
        credentials: this.credentials,
        timeout: this.timeout ?? getDefaults().timeout ?? SEND_TIMEOUT,
      },
      identity: Object.fromEntries(shownIdentity.map((field) => [field, this._values[field].trim()])),
      remember: this._remember,
    };
  }

  private get _submitButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button[type="submit"]');
  }

  /**
   * Makes this comment a reply to another (what `<comment-list>`'s Reply does): the form says whom it
   * answers, offers to cancel, and takes the focus. `id` is the comment's id as its source gave it, a
   * string (`"c-9f2e"`, a UUID, `"42"`) or a positive integer; an empty id, `0` or `"0"` is ignored.
   */
  replyTo(comment: { id: CommentParentId; name: string }): void {
    const usable = typeof comment.id === 'number' ? Number.isInteger(comment.id) && comment.id > 0 : typeof comment.id === 'string' && !isNoParent(comment.id);
    if (!usable) return;
    this.parentId = comment.id;
    this._replyName = comment.name;
    void this.updateComplete.then(() => {
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
      box?.scrollIntoView({ block: 'center' });
      box?.focus({ preventScroll: true });
    });
  }

  /** Makes the comment one of its own again, not a reply. */
  cancelReply(): void {
    this.parentId = 0;
    this._replyName = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  }

  private _renderReplyTo(): unknown {
    if (isNoParent(this.parentId)) return nothing;
    return html`<p class="reply-to" part="reply-to">
      <span>${this.t('replyingTo', { name: this._replyName || `#${this.parentId}` })}</span>
      <button type="button" part="cancel-reply" @click=${() => this.cancelReply()}>${this.t('cancelReply')}</button>
    </p>`;
  }

  /** The server took the comment: its own draft goes; the form empties and says so if it still shows it. */
  private _sent(sent: SentComment, submission: Submission): void {
    clearDraft(submission.draftKey);
    if (submission.remember) {
      rememberIdentity(submission.identity);
      this._remembered = true;
    }
    // Answers kept for reuse (comments, counts) are older than a published comment: later loads ask again.
    if (sent.status === 'approved') clearResponseCache();
    // The reply is made: the next comment is one of its own unless Reply is chosen again.
    if (this.parentId === submission.options.parentId) {
      this.parentId = 0;
      this._replyName = undefined;
    }
    if (this._showsInFlight) {
      this._dirty = false;
      clearTimeout(this._saveTimer);
      this._values = { ...EMPTY, ...(submission.remember ? submission.identity : {}) };
      this._touched.clear();
      this._problems = {};
      this._notice = sent.status === 'approved' ? 'thanks' : 'held';
    }
    emit<NewsCommentDetail>(this, 'news-comment', { comment: sent.comment, status: sent.status, data: sent.data, endpoint: submission.endpoint });
  }

  /**
   * The comment was not taken, or not confirmed: it stays in its own draft, and in the form with the
   * reason when the form still shows it.
   */
  private async _failed(error: unknown, submission: Submission): Promise<void> {
    const newsError =
      error instanceof NewsError ? error : new NewsError('network', error instanceof Error ? error.message : 'The comment could not be sent', { cause: error });
    if (newsError instanceof CommentNotConfirmedError) console.warn(adviceFor(newsError));
    // Without that file (a reader offline before the form could fetch it), the failure is the network's: "kept, please try again".
    const failure = await loadFailures().then(
      ({ describeFailure }) => describeFailure(newsError),
      (): SendFailure => ({ key: 'sendFailed' }),
    );
    const shown = this._showsInFlight;
    if (shown) {
      this._failure = failure;
      if (failure.fields) {
        const problems = { ...this._problems };
        for (const [field, key] of Object.entries(failure.fields) as [CommentField, MessageKey][]) problems[field] = { key };
        this._problems = problems;
      }
    } else {
      // The form has moved on to another post: the comment waits in its own draft for the reader's return.
      saveDraft(submission.draftKey, { ...submission.values, ...(submission.remember ? { remember: true } : {}) });
    }
    emit<NewsErrorDetail>(this, 'news-error', { error: newsError });
    if (shown && failure.fields) await this._focusFirstProblem();
  }

  private async _focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    const first = this._shown.find((field) => this._problems[field]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private _renderHeading(): unknown {
    const text = this.heading ?? this.t('commentHeading');
    if (!text) return nothing;
    return heading(this.headingLevel, text, 'heading', { id: 'heading' });
  }

  /** A field's label (with its required/optional hint) and its message, around the control. */
  private _renderField(field: CommentField, control: TemplateResult, after: unknown = nothing): TemplateResult {
    const problem = this._problems[field];
    const hint = this._optional.includes(field) ? this.t('optional') : this.t('required');
    return html`<div class="field field-${field}" part="field">
      <label for=${field} part="label">${this.t(FIELD_INFO[field].label)} <span class="hint">${hint}</span></label>
      ${control}
      ${problem ? html`<p id="${field}-error" class="field-error" part="field-error">${this.t(problem.key, problem.params)}</p>` : nothing}
      ${after}
    </div>`;
  }

  private _describedBy(field: CommentField, extra?: string): string | undefined {
    const ids = [this._problems[field] ? `${field}-error` : '', extra ?? ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  private _renderComment(): TemplateResult {
    const value = this._values.comment;
    // The limit is in bytes, as WordPress counts; the counter speaks in characters (see lengthStatus).
    const { near, left, over } = lengthStatus('comment', value);
    const counter = near
      ? html`<p id="comment-counter" class="counter" part="counter" aria-live="polite">
          ${over > 0 ? this.t('charactersOver', { n: over }) : this.t('charactersLeft', { n: left })}
        </p>`
      : nothing;
    const control = html`<textarea
      id="comment"
      class="text-field"
      name="comment"
      part="input"
      data-field="comment"
      rows="6"
      dir="auto"
      ?required=${!this._optional.includes('comment')}
      ?readonly=${this._showsInFlight}
      aria-invalid=${this._problems.comment ? 'true' : nothing}
      aria-describedby=${ifDefined(this._describedBy('comment', near ? 'comment-counter' : undefined))}
      .value=${live(value)}
      @input=${this._onInput}
    ></textarea>`;
    return this._renderField('comment', control, counter);
  }

  private _renderInput(field: CommentField): TemplateResult {
    const info = FIELD_INFO[field];
    const control = html`<input
      id=${field}
      class="text-field"
      name=${info.name}
      part="input"
      data-field=${field}
      type=${info.type}
      autocomplete=${info.autocomplete}
      dir="auto"
      ?required=${!this._optional.includes(field)}
      ?readonly=${this._showsInFlight}
      aria-invalid=${this._problems[field] ? 'true' : nothing}
      aria-describedby=${ifDefined(this._describedBy(field))}
      .value=${live(this._values[field])}
      @input=${this._onInput}
    />`;
    return this._renderField(field, control);
  }

  /** "Forget my details": the remembered name, email and website go from this browser and from the form. */
  private _forgetDetails(): void {
    forgetIdentity();
    this._remembered = false;
    this._remember = false;
    this._values = { ...this._values, name: '', email: '', url: '' };
    this._dirty = true;
    this._saveNow();
    this._notice = 'detailsForgotten';
  }

  private _renderConsent(identity: CommentField[]): unknown {
    if (identity.length === 0) return nothing;
    return html`<div class="consent" part="consent">
      <input id="remember" type="checkbox" .checked=${live(this._remember)} @change=${this._onRemember} />
      <label for="remember">${this.t('remember')}</label>
      ${this._remembered
        ? html`<button type="button" class="forget" part="forget" @click=${this._forgetDetails}>${this.t('forgetDetails')}</button>`
        : nothing}
    </div>`;
  }

  /** The bot trap: a plausible field no person sees, reaches with Tab, or hears. */
  private _renderTrap(): TemplateResult {
    return html`<div class="trap" aria-hidden="true">
      <label for="website_url2">Website</label>
      <input id="website_url2" name="website_url2" type="text" tabindex="-1" autocomplete="off" />
    </div>`;
  }

  protected override render(): TemplateResult {
    const shown = this._shown;
    const identity = shown.filter((field) => field !== 'comment');
    const failure = this._failure;
    const heading = this._renderHeading();
    if (this._postStatus.status === 'closed') {
      return html`<div class="root" part="root" dir=${this.direction} lang=${this.language}>
        ${heading}
        <p class="message" part="closed" role="status">${this.t('commentsClosed')}</p>
      </div>`;
    }
    return html`<div class="root" part="root" dir=${this.direction} lang=${this.language}>
      ${heading}
      <form
        part="form"
        novalidate
        aria-labelledby=${heading === nothing ? nothing : 'heading'}
        aria-label=${heading === nothing ? this.t('commentHeading') : nothing}
        @submit=${this._onSubmit}
        @focusout=${this._onFocusOut}
      >
        ${this._renderReplyTo()} ${this._renderComment()}
        ${identity.length > 0 ? html`<div class="identity">${identity.map((field) => this._renderInput(field))}</div>` : nothing}
        ${this._renderConsent(identity)} ${this._renderTrap()}
        <div class="footer">
          <div part="status" role="status">${this._notice ? html`<p class="message">${this.t(this._notice)}</p>` : nothing}</div>
          <div part="form-error" role="alert">
            ${failure ? html`<p class="message error">${this.t(failure.key, failure.params)}</p>` : nothing}
          </div>
          <button type="submit" part="submit" ?disabled=${this._sending} aria-busy=${this._sending ? 'true' : 'false'}>
            ${this._sending ? this.t('sending') : this.t('submit')}
          </button>
        </div>
      </form>
    </div>`;
  }
}

/** What the site owner reads in the console when a comment could not be confirmed. */
function adviceFor(error: CommentNotConfirmedError): string {
  const url = error.url ?? '';
  if (error.reason === 'no-evidence') {
    return `news-widgets: <comment-form> got HTTP ${error.status ?? '2xx'} from ${url} with no sign that the comment was stored, so the reader's text is kept. The "wordpress" format expects the created comment as JSON (an object with an id), "wordpress-classic" a redirect; check the action and format attributes.`;
  }
  let endpoint = url;
  let rest = '/wp-json/wp/v2/comments';
  try {
    const parsed = new URL(url);
    endpoint = parsed.origin;
    rest = `${parsed.origin}${parsed.pathname.replace(/wp-comments-post\.php$/, '')}wp-json/wp/v2/comments`;
  } catch {
    // Keep the generic wording.
  }
  return (
    `news-widgets: <comment-form> did not send the comment: ${url} is WordPress's classic comment endpoint on ${endpoint}, another origin than this page (${location.origin}). ` +
    `That endpoint sends no CORS headers, so a browser here cannot see whether it stored a comment (it may store it, and the reader's next try reads "duplicate"). ` +
    `Serve the form from ${endpoint} itself, or point action at the REST endpoint ${rest} (anonymous REST comments need the rest_allow_anonymous_comments filter to return true).`
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'comment-form': CommentFormElement;
  }
}
