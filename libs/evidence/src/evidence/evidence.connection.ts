import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { Evidence } from './evidence.entity';

@ObjectType()
export class EvidenceConnection extends ConnectionType(Evidence) {}
