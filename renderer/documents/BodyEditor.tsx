import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_BODY_LENGTH } from '../../shared/domain/documents';
import { MarkdownPreview } from './MarkdownPreview';
import { diffRange, insertTable, toggleLineFormat, toggleWrap, type LineFormat, type TextState } from './markdown-editing';

type Mode = 'write' | 'split' | 'preview';

interface Props {
  /** The saved body. */
  body: string;
  readOnly: boolean;
  onSave(body: string): Promise<boolean>;
}

const TOOLS: { label: string; text: string; title: string; run: (s: TextState) => TextState }[] = [
  { label: 'Heading 1', text: 'H1', title: 'Heading 1', run: (s) => toggleLineFormat(s, 'h1') },
  { label: 'Heading 2', text: 'H2', title: 'Heading 2', run: (s) => toggleLineFormat(s, 'h2') },
  { label: 'Heading 3', text: 'H3', title: 'Heading 3', run: (s) => toggleLineFormat(s, 'h3') },
  { label: 'Bold', text: 'B', title: 'Bold (Ctrl+B)', run: (s) => toggleWrap(s, '**', 'bold text') },
  { label: 'Italic', text: 'I', title: 'Italic (Ctrl+I)', run: (s) => toggleWrap(s, '*', 'italic text') },
  { label: 'Bullet list', text: '•  List', title: 'Bullet list', run: (s) => toggleLineFormat(s, 'bullet' satisfies LineFormat) },
  { label: 'Numbered list', text: '1.  List', title: 'Numbered list', run: (s) => toggleLineFormat(s, 'number') },
  { label: 'Insert table', text: 'Table', title: 'Insert a table', run: insertTable },
];

/**
 * The body of a document: Markdown with a formatting toolbar and a live preview rendered by the same parser as
 * the Word export. Saves when the text area loses focus and on Ctrl+S; toolbar edits go through the browser's
 * editing commands where it has them, so Ctrl+Z undoes them like typing.
 */
export function BodyEditor({ body, readOnly, onSave }: Props) {
  const [draft, setDraft] = useState(body);
  const [mode, setMode] = useState<Mode>('split');
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const dirty = draft !== body;

  // Follow changes made elsewhere (another window, the CLI) unless the user is mid-edit.
  const lastSaved = useRef(body);
  useEffect(() => {
    setDraft((current) => (current === lastSaved.current ? body : current));
    lastSaved.current = body;
  }, [body]);

  const save = async () => {
    const text = textRef.current?.value ?? draft;
    if (text === body || readOnly) return;
    setSaving(true);
    await onSave(text);
    setSaving(false);
  };

  const apply = (tool: (s: TextState) => TextState) => {
    const area = textRef.current;
    if (!area || readOnly) return;
    const before = area.value;
    const next = tool({ value: before, start: area.selectionStart, end: area.selectionEnd });
    const change = diffRange(before, next.value);
    area.focus();
    area.setSelectionRange(change.from, change.to);
    const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, change.insert);
    if (!inserted || area.value !== next.value) {
      area.value = next.value;
      setDraft(next.value);
    }
    area.setSelectionRange(next.start, next.end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      void save();
    } else if (key === 'b' || key === 'i') {
      event.preventDefault();
      apply(TOOLS[key === 'b' ? 3 : 4]!.run);
    }
  };

  return (
    <section className={`doc-body doc-body-${mode}`} aria-label="Body">
      <div className="doc-body-bar">
        <div className="doc-tools" role="toolbar" aria-label="Formatting">
          {TOOLS.map((tool, index) => (
            <button
              key={tool.label}
              type="button"
              className={`doc-tool doc-tool-${index}`}
              aria-label={tool.label}
              title={tool.title}
              disabled={readOnly || mode === 'preview'}
              // Keep the text selection: the button must not take focus from the text area.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => apply(tool.run)}
            >
              {tool.text}
            </button>
          ))}
        </div>
        <span className="doc-save-state muted" aria-live="polite" data-testid="body-state">
          {readOnly ? 'Read only' : saving ? 'Saving…' : dirty ? 'Unsaved changes · Ctrl+S' : 'Saved'}
        </span>
        <div className="segmented doc-modes" role="group" aria-label="View">
          {(['write', 'split', 'preview'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {m === 'write' ? 'Write' : m === 'split' ? 'Side by side' : 'Preview'}
            </button>
          ))}
        </div>
      </div>
      <div className="doc-body-panes">
        {mode !== 'preview' && (
          <textarea
            ref={textRef}
            className="doc-textarea"
            aria-label="Body (Markdown)"
            spellCheck
            readOnly={readOnly}
            maxLength={MAX_BODY_LENGTH}
            value={draft}
            placeholder={'## 1. Purpose\n\nWhy this document exists…\n\n## 2. Scope\n\n- Who and what it applies to'}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => void save()}
            onKeyDown={onKeyDown}
          />
        )}
        {mode !== 'write' && <MarkdownPreview markdown={draft} />}
      </div>
    </section>
  );
}
