import { Module } from '@nestjs/common';
import { EVALUATION_RESOLVERS } from './evaluation.resolvers';
import { NationalEvaluationController } from './http/national-evaluation.controller';
import { NationalEvaluationService } from './national-evaluation.service';

/** The national evaluation: the GraphQL query and the workbook download. */
@Module({ controllers: [NationalEvaluationController], providers: [...EVALUATION_RESOLVERS, NationalEvaluationService] })
export class EvaluationModule {}
