import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type ListItem, type Span } from '../../shared/rules/markdown-blocks';

/** Formatted runs as React elements: no HTML is ever injected, whatever the body holds. */
function SpanList({ spans }: { spans: readonly Span[] }) {
  return (
    <>
      {spans.map((span, index) => {
        let node: ReactNode = span.text;
        if (span.italic) node = <em>{node}</em>;
        if (span.bold) node = <strong>{node}</strong>;
        return <Fragment key={index}>{node}</Fragment>;
      })}
    </>
  );
}

interface ListNode {
  item: ListItem;
  children: ListItem[];
}

/** Items at `level` with the deeper items that follow each of them. */
function group(items: readonly ListItem[], level: number): ListNode[] {
  const nodes: ListNode[] = [];
  for (const item of items) {
    if (item.level <= level || nodes.length === 0) nodes.push({ item, children: [] });
    else nodes.at(-1)!.children.push(item);
  }
  return nodes;
}

function List({ items, level, ordered, start }: { items: readonly ListItem[]; level: number; ordered: boolean; start?: number }) {
  const nodes = group(items, level);
  const content = nodes.map((node, index) => (
    <li key={index}>
      <SpanList spans={node.item.content} />
      {node.children.length > 0 && <List items={node.children} level={level + 1} ordered={node.children[0]!.ordered} />}
    </li>
  ));
  return ordered ? <ol start={start && start !== 1 ? start : undefined}>{content}</ol> : <ul>{content}</ul>;
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1]!;
      return (
        <Tag>
          <SpanList spans={block.content} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <SpanList spans={block.content} />
        </p>
      );
    case 'list':
      return <List items={block.items} level={0} ordered={block.ordered} start={block.start} />;
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                <th key={index} style={{ textAlign: block.align[index] ?? undefined }}>
                  <SpanList spans={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, index) => (
                  <td key={index} style={{ textAlign: block.align[index] ?? undefined }}>
                    <SpanList spans={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** The body as the Word export will lay it out, rendered from the same parser. */
export function MarkdownPreview({ markdown, label = 'Preview' }: { markdown: string; label?: string }) {
  const blocks = useMemo(() => parseMarkdown(markdown), [markdown]);
  return (
    <div className="doc-preview" aria-label={label} role="document">
      {blocks.length === 0 ? <p className="muted">Nothing to preview yet.</p> : blocks.map((block, index) => <BlockView key={index} block={block} />)}
    </div>
  );
}
