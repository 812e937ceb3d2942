import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbModule } from '@app/db';
import { RegistryModule } from '@app/registry';
import { CorrectionAfterCertification } from './certification/correction-after-certification';
import { CertificationService } from './certification/certification.service';
import { EVALUATION_ENTITIES } from './evaluation.entities';
import { EVALUATION_RESOLVERS } from './evaluation.resolvers';
import { NationalEvaluationController } from './http/national-evaluation.controller';
import { NationalEvaluationService } from './national-evaluation.service';

/** The national evaluation (the query and the workbook download) and the monthly sign-off. */
@Module({
  imports: [TypeOrmModule.forFeature([...EVALUATION_ENTITIES]), DbModule, RegistryModule],
  controllers: [NationalEvaluationController],
  providers: [...EVALUATION_RESOLVERS, NationalEvaluationService, CertificationService, CorrectionAfterCertification],
})
export class EvaluationModule {}
