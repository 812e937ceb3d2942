import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { Connection, keysetPage, notFound, PageArgs } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Viewer } from '@app/access';
import { UUID_PATTERN } from '@app/registry';
import { containsPattern } from '../sql/contains-pattern';
import { PolicyLevel } from './archive.enums';
import { CreatePolicyDocumentInput } from './dtos/create-policy-document.input';
import { PolicyDocument } from './policy-document.entity';
import { PolicyScope } from './policy-scope';

/** The expression the trigram index covers: search must use it verbatim to use the index. */
const SEARCHABLE = `(doc.title || ' ' || doc.issuer || ' ' || coalesce(doc.document_number, ''))`;

export interface PolicyDocumentFilter {
  /** A substring of the title, issuer or document number. */
  search?: string | null;
  level?: PolicyLevel | null;
}

@Injectable()
export class PolicyDocumentService {
  constructor(
    @InjectRepository(PolicyDocument) private readonly documents: Repository<PolicyDocument>,
    private readonly scope: PolicyScope,
    private readonly tx: AuditedTransaction,
  ) {}

  async create(viewer: Viewer, input: CreatePolicyDocumentInput): Promise<PolicyDocument> {
    await this.scope.assertMayFile(viewer, input.level, input.divisionCode);
    return this.tx.run(viewer.username, (manager) =>
      manager.getRepository(PolicyDocument).save(
        manager.getRepository(PolicyDocument).create({
          ...input,
          title: input.title.trim(),
          issuer: input.issuer.trim(),
          documentNumber: input.documentNumber?.trim() || null,
          divisionCode: input.divisionCode ?? null,
          createdBy: viewer.username,
        }),
      ),
    );
  }

  async findVisible(viewer: Viewer, id: string): Promise<PolicyDocument> {
    const document = UUID_PATTERN.test(id) ? await (await this.visible(viewer)).andWhere('doc.id = :id', { id }).getOne() : null;
    if (!document) throw notFound('PolicyDocument', id);
    return document;
  }

  /** A document the caller may see and file to (to attach its files). */
  async findFilable(viewer: Viewer, id: string): Promise<PolicyDocument> {
    const document = await this.findVisible(viewer, id);
    await this.scope.assertMayFile(viewer, document.level, document.divisionCode);
    return document;
  }

  /** Newest first; the search uses the trigram index, so any substring (Chinese too) is fast. */
  async search(viewer: Viewer, filter: PolicyDocumentFilter, page: PageArgs): Promise<Connection<PolicyDocument>> {
    const query = await this.visible(viewer);
    if (filter.search?.trim()) query.andWhere(`${SEARCHABLE} ILIKE :pattern`, { pattern: containsPattern(filter.search) });
    if (filter.level) query.andWhere('doc.level = :level', { level: filter.level });
    return keysetPage(query, { column: 'doc.issued_on', idColumn: 'doc.id', key: (document) => document.issuedOn, descending: true }, page);
  }

  private async visible(viewer: Viewer): Promise<SelectQueryBuilder<PolicyDocument>> {
    const scope = await this.scope.visibleSql(viewer);
    return this.documents.createQueryBuilder('doc').where(scope.sql, scope.params);
  }
}
