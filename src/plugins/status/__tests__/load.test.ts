import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as cheerio from 'cheerio';
import {readStatusFolder, statusAtom, statusDocument, statusFolder} from '../load';
import {statusJsonSchema} from '../schemas';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'status-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, {recursive: true, force: true})));

const INCIDENT = `---
kind: incident
title: PDF downloads fail
severity: major_outage
components: [pdf, activation-page]
start: 2026-12-02T09:00:00-05:00
updates:
  - at: 2026-12-02T09:40:00-05:00
    status: identified
    body: A storage node is down.
  - at: 2026-12-02T09:10:00-05:00
    status: investigating
    body: Looking into it.
---
Clients see an error.
`;
const NOW = Date.parse('2026-12-02T15:00:00Z');

describe('the status folder', () => {
  it('uses SUPPORT_CENTER_STATUS_DIR when set, else status/', () => {
    expect(statusFolder('/site', {})).toBe('/site/status');
    expect(statusFolder('/site', {SUPPORT_CENTER_STATUS_DIR: 'fixtures/s'})).toBe('/site/fixtures/s');
    expect(statusFolder('/site', {SUPPORT_CENTER_STATUS_DIR: '/tmp/s'})).toBe('/tmp/s');
  });

  it('reads entries, keeps instants as written (YAML core schema), skips README.md', () => {
    const entries = readStatusFolder(folder({'pdf.md': INCIDENT, 'README.md': '# not an entry'}));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({id: 'pdf', start: '2026-12-02T14:00:00.000Z', body: 'Clients see an error.'});
  });

  it('has no entries when the folder is missing', () => {
    expect(readStatusFolder('/nonexistent/status')).toEqual([]);
  });

  it('fails naming every bad file and field', () => {
    const dir = folder({
      'a.md': INCIDENT.replace('severity: major_outage', 'severity: big'),
      'b.md': INCIDENT.replace('components: [pdf, activation-page]', 'components: []'),
      'c.md': '---\nkind: [unclosed\n---\n',
    });
    expect(() => readStatusFolder(dir)).toThrow(
      /^Invalid status files:\nstatus\/a\.md: severity: must be one of notice, degraded_performance, partial_outage, major_outage\nstatus\/b\.md: components: list at least one affected component\nstatus\/c\.md: \(file\): /,
    );
  });

  it('publishes a status.json valid against its JSON Schema, and an Atom feed of the updates', () => {
    const doc = statusDocument(readStatusFolder(folder({'pdf.md': INCIDENT})), 'https://help.example.com/', NOW);
    const ajv = new Ajv2020({allErrors: true, strict: true});
    addFormats(ajv);
    const validate = ajv.compile(statusJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({...doc, status: {indicator: 'broken', description: ''}})).toBe(false);

    const $ = cheerio.load(statusAtom(doc, 'https://help.example.com/'), {xml: true});
    expect($('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect($('feed > link[rel="self"]').attr('href')).toBe('https://help.example.com/status.atom');
    const entries = $('entry')
      .toArray()
      .map((e) => [$(e).find('title').text(), $(e).find('updated').text(), $(e).find('link').attr('href')]);
    expect(entries).toEqual([
      [
        'Major outage: PDF downloads fail (identified)',
        '2026-12-02T14:40:00.000Z',
        'https://help.example.com/status#pdf',
      ],
      [
        'Major outage: PDF downloads fail (investigating)',
        '2026-12-02T14:10:00.000Z',
        'https://help.example.com/status#pdf',
      ],
    ]);
  });
});
