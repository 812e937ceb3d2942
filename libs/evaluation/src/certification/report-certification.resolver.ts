import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentViewer, Viewer } from '@app/access';
import { DivisionCode } from '@app/common';
import { MonthlyReport } from '@app/reports';
import { ReportCertification } from './report-certification.entity';
import { publishedCertificationsSql } from './report-certification';

@Resolver(() => MonthlyReport)
export class ReportCertificationResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [ReportCertification], {
    description: '发布时的数据确认：本单位及所辖市、县在月报发布（或修订）时的确认状态，发布后不再变化；status 非 CERTIFIED 的即未确认单位',
  })
  async certifications(@Parent() report: MonthlyReport, @CurrentViewer() viewer: Viewer): Promise<ReportCertification[]> {
    const rows: ReportCertification[] = await this.dataSource.query(publishedCertificationsSql(), [report.snapshotId, DivisionCode.parse(report.divisionCode).prefix]);
    // monthlyReport checked the division; units inside it are cut to what the caller sees, as the report's rows are.
    return rows.filter((row) => viewer.seesDivision(row.divisionCode));
  }
}
