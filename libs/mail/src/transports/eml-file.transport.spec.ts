import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { EmlFileTransport } from './eml-file.transport';

describe('EmlFileTransport', () => {
  let directory: string;
  beforeEach(async () => {
    directory = join(await mkdtemp(join(tmpdir(), 'eml-')), 'mail');
  });
  afterEach(() => rm(join(directory, '..'), { recursive: true, force: true }));

  const mail = {
    id: '6f1c2a52-93e4-4a0c-8d6f-0d1b6e0b8f11',
    recipient: 'longan@example.org',
    subject: '【政策红线预警】隆安县 H-0001 人均住房面积超标',
    body: '户编码：H-0001\n户主：韦建国',
    messageId: '<outbox.6f1c2a52@relocation.local>',
    createdAt: new Date('2026-11-01T02:03:04.567Z'),
  };

  it('writes one .eml file that a mail parser reads back as the same message', async () => {
    const transport = new EmlFileTransport(directory, '易地扶贫搬迁工作调度系统 <noreply@relocation.local>');
    const response = await transport.send(mail);
    const files = await readdir(directory);
    expect(files).toEqual([`20261101T020304Z-${mail.id}.eml`]);
    expect(response).toBe(`written to ${join(directory, files[0])}`);

    const parsed = await simpleParser(await readFile(join(directory, files[0])));
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text?.trim()).toBe(mail.body);
    expect(parsed.messageId).toBe(mail.messageId);
    expect(parsed.date?.toISOString()).toBe('2026-11-01T02:03:04.000Z');
    expect(parsed.from?.value).toEqual([{ address: 'noreply@relocation.local', name: '易地扶贫搬迁工作调度系统' }]);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('replaces its own file when the same row is written again, leaving no partial file', async () => {
    const transport = new EmlFileTransport(directory, 'noreply@relocation.local');
    await transport.send(mail);
    await transport.send(mail);
    expect(await readdir(directory)).toEqual([`20261101T020304Z-${mail.id}.eml`]);
  });
});
