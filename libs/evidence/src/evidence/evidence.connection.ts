import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common/pagination/connection';
import { Evidence } from './evidence.entity';

@ObjectType()
export class EvidenceConnection extends ConnectionType(Evidence) {}
