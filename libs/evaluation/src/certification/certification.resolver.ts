import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { Division } from '@app/registry';
import { CertificationCorrection } from './certification-correction.entity';
import { CertificationService } from './certification.service';
import { MonthCertification } from './month-certification.entity';

@Resolver()
export class CertificationResolver {
  constructor(private readonly certifications: CertificationService) {}

  @Query(() => MonthCertification, { description: '某单位某月数据的确认状态（限本辖区）' })
  certification(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: string,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
  ): Promise<MonthCertification> {
    return this.certifications.status(viewer, period, divisionCode);
  }

  @Query(() => [CertificationCorrection], { description: '确认后更正：所辖县确认某月数据后对该月数据有影响的修改（供上级审核）' })
  certificationCorrections(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: string,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
  ): Promise<CertificationCorrection[]> {
    return this.certifications.corrections(viewer, period, divisionCode);
  }

  @Mutation(() => MonthCertification, {
    description: '确认本单位某月数据：每月20日至月末；县先确认，市待所辖县全部确认后确认，自治区最后确认。已确认的月份须经上级退回方可再次确认。',
  })
  certifyMonth(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: string,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<MonthCertification> {
    return this.certifications.certify(viewer, period, divisionCode, note);
  }

  @Mutation(() => MonthCertification, { description: '上级单位退回下级单位某月的数据确认（须说明原因），下级须重新确认' })
  returnCertification(
    @CurrentViewer() viewer: Viewer,
    @Args('period') period: string,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
    @Args('reason') reason: string,
  ): Promise<MonthCertification> {
    return this.certifications.return(viewer, period, divisionCode, reason);
  }
}

@Resolver(() => Division)
export class DivisionCertificationResolver {
  constructor(private readonly certifications: CertificationService) {}

  @ResolveField(() => MonthCertification, { description: '本单位某月数据的确认状态' })
  certification(@Parent() division: Division, @CurrentViewer() viewer: Viewer, @Args('period') period: string): Promise<MonthCertification> {
    return this.certifications.status(viewer, period, division.code);
  }
}
