// The JSON Schema of one parsed document (printed by `ctoc-parse --schema`). It mirrors
// src/types.ts; the fixture tests validate every fixture's output against it.
import { BLOCK_TYPE_NAMES } from '../lexicon/block-types.js';

const lineRanges = {
  type: 'array',
  items: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 2, maxItems: 2 },
} as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableInteger = { type: ['integer', 'null'] } as const;

const reference = {
  type: 'object',
  required: ['type', 'text', 'value', 'start', 'end'],
  properties: {
    type: { enum: ['document', 'resolution', 'decision', 'date', 'article', 'treaty'] },
    text: { type: 'string' },
    value: { type: 'string' },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    organ: nullableString,
    symbol: nullableString,
    part: { type: 'string', pattern: '^[A-Z]$' },
    from: { type: 'string' },
    to: { type: 'string' },
    precision: { enum: ['day', 'month', 'year'] },
    article: { type: 'integer' },
    paragraph: nullableString,
    instrument: nullableString,
    volume: { type: 'integer' },
    number: { type: 'integer' },
  },
} as const;
const references = { type: 'array', items: reference } as const;

const block = {
  type: 'object',
  required: ['id', 'type', 'level', 'label', 'number', 'rawLabel', 'parent', 'text', 'raw', 'footnoteRefs', 'footnoteOffsets', 'lines'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_]+$' },
    type: { enum: BLOCK_TYPE_NAMES },
    level: nullableInteger,
    label: nullableString,
    number: nullableInteger,
    rawLabel: nullableString,
    parent: nullableString,
    text: { type: 'string' },
    raw: { type: 'string' },
    footnoteRefs: { type: 'array', items: { type: 'string' } },
    footnoteOffsets: { type: 'array', items: { type: 'integer', minimum: 0 } },
    lines: lineRanges,
    references,
    pages: { type: 'array', items: { type: 'integer', minimum: 1 } },
  },
  additionalProperties: true,
} as const;

const footnote = {
  type: 'object',
  required: ['id', 'marker', 'rawMarker', 'text', 'raw', 'citedBy', 'lines'],
  properties: {
    id: { type: 'string' },
    marker: { type: 'string' },
    rawMarker: { type: 'string' },
    text: { type: 'string' },
    raw: { type: 'string' },
    citedBy: { type: 'array', items: { type: 'string' } },
    lines: lineRanges,
    references,
  },
} as const;

const artifact = {
  type: 'object',
  required: ['kind', 'text', 'raw', 'lines'],
  properties: {
    kind: { enum: ['job-number', 'recycle', 'page-number', 'running-header', 'barcode', 'separator', 'toc'] },
    text: { type: 'string' },
    raw: { type: 'string' },
    lines: lineRanges,
  },
} as const;

const diagnostic = {
  type: 'object',
  required: ['severity', 'code', 'message', 'line'],
  properties: {
    severity: { enum: ['warning', 'error'] },
    code: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    message: { type: 'string' },
    line: nullableInteger,
  },
} as const;

const metadata = {
  type: 'object',
  required: [
    'distribution', 'date', 'language', 'originalLanguage', 'body', 'bodyKey', 'subsidiaryBody', 'committee', 'origin', 'session', 'sessionNumber', 'sessionYear',
    'venue', 'agendaItem', 'agendaItemProvisional', 'agendaItemTitle', 'kind', 'layout', 'number', 'symbols',
    'jobNumber', 'title', 'sponsors', 'adopted', 'meeting', 'parts', 'chair', 'lines',
  ],
  properties: {
    distribution: { enum: ['general', 'limited', 'restricted', null] },
    date: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    language: nullableString,
    originalLanguage: { enum: ['en', 'fr', 'es', 'ru', 'zh', 'ar', null] },
    body: nullableString,
    bodyKey: nullableString,
    subsidiaryBody: nullableString,
    committee: nullableString,
    origin: nullableString,
    session: nullableString,
    sessionNumber: nullableInteger,
    sessionYear: nullableInteger,
    venue: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['text', 'place', 'start', 'end'],
          properties: { text: { type: 'string' }, place: nullableString, start: nullableString, end: nullableString },
        },
      ],
    },
    agendaItem: nullableString,
    agendaItemProvisional: { type: ['boolean', 'null'] },
    agendaItemTitle: nullableString,
    kind: {
      enum: ['report', 'draft-report', 'note', 'draft-resolution', 'revised-draft-resolution', 'draft-decision', 'resolution', 'decision', 'agenda', 'concluding-observations', 'list-of-issues', 'summary-record', null],
    },
    layout: { enum: ['resolution', 'decision', 'report', 'unknown'] },
    number: nullableString,
    symbols: { type: 'array', items: { type: 'string' } },
    jobNumber: nullableString,
    title: nullableString,
    sponsors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'footnote', 'note'],
        properties: { name: { type: 'string' }, footnote: nullableString, note: nullableString },
      },
    },
    adopted: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    meeting: nullableString,
    parts: { type: 'array', items: { type: 'string' } },
    chair: nullableString,
    lines: lineRanges,
  },
} as const;

export const DOCUMENT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/ctoc-parse/ctoc-parse/schema/document.json',
  title: 'ctoc-parse document',
  type: 'object',
  required: ['source', 'metadata', 'blocks', 'footnotes', 'artifacts', 'references', 'diagnostics'],
  properties: {
    source: {
      type: 'object',
      required: ['path', 'bytes', 'sha256', 'encoding', 'layout', 'order'],
      properties: {
        path: { type: 'string' },
        bytes: { type: 'integer', minimum: 0 },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        encoding: { type: 'string' },
        layout: { enum: ['paragraphs', 'wrapped', 'one-line-per-paragraph', 'aligned'] },
        order: { enum: ['logical', 'visual', 'bidi-marks', 'mixed'] },
        pages: { type: 'integer', minimum: 0 },
      },
    },
    metadata,
    blocks: { type: 'array', items: block },
    footnotes: { type: 'array', items: footnote },
    artifacts: { type: 'array', items: artifact },
    references: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'value', 'organ', 'citedBy'],
        properties: {
          type: { enum: ['document', 'resolution', 'decision', 'date', 'article', 'treaty'] },
          value: { type: 'string' },
          organ: nullableString,
          symbol: nullableString,
          citedBy: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    diagnostics: { type: 'array', items: diagnostic },
  },
} as const;
