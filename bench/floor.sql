-- The floor: every indicator's numerator and denominator for every site, as of a month's end,
-- in one plain statement written by hand over the same tables the report reads (the live rows
-- and the history of records, evidence and facilities, and the violations). Nothing but scans, hash joins and two
-- levels of grouping: the least work the report can do. The benchmark times it next to the
-- report and checks that both give the same figures for every site.
--
-- Bound parameters, computed once by bench/floor.ts so no row evaluates date arithmetic:
-- $1 the last instant of the month, $2 its date in Asia/Shanghai, $3 and $4 that date minus
-- 16 and minus 6 years (the pension and compulsory-schooling age limits). Column names follow
-- libs/indicators (<key>_n, <key>_d).
WITH
s AS (
  SELECT id, city_code, county_code, construction_status, geohazard_assessed, party_organisation_established, self_governance_established
    FROM site WHERE sys_period @> $1::timestamptz
  UNION ALL
  SELECT id, city_code, county_code, construction_status, geohazard_assessed, party_organisation_established, self_governance_established
    FROM site_history WHERE sys_period @> $1::timestamptz
),
h AS (
  SELECT id, site_id, beneficiary_count, household_type, moved_in, actually_resident, old_house_disposition, old_house_demolished,
         land_reclaimed, poverty_status, self_funding, property_certificate_issued, hukou_transferred, main_income_source, industry_projects
    FROM household WHERE sys_period @> $1::timestamptz
  UNION ALL
  SELECT id, site_id, beneficiary_count, household_type, moved_in, actually_resident, old_house_disposition, old_house_demolished,
         land_reclaimed, poverty_status, self_funding, property_certificate_issued, hukou_transferred, main_income_source, industry_projects
    FROM household_history WHERE sys_period @> $1::timestamptz
),
p AS (
  SELECT household_id,
    count(*) AS active,
    count(*) FILTER (WHERE medical_insured) AS medical,
    count(*) FILTER (WHERE is_labour) AS labour,
    count(*) FILTER (WHERE is_labour AND employment NOT IN ('UNEMPLOYED', 'NOT_IN_LABOUR_FORCE')) AS employed_labour,
    count(*) FILTER (WHERE is_labour AND trainings <> '[]') AS trained_labour,
    count(*) FILTER (WHERE employment NOT IN ('UNEMPLOYED', 'NOT_IN_LABOUR_FORCE')) AS employed,
    count(*) FILTER (WHERE birth_date <= $3::date AND schooling <> 'IN_SCHOOL') AS pension_eligible,
    count(*) FILTER (WHERE birth_date <= $3::date AND schooling <> 'IN_SCHOOL' AND pension_insured) AS pension_insured,
    count(*) FILTER (WHERE birth_date <= $4::date AND birth_date > $3::date) AS school_age,
    count(*) FILTER (WHERE birth_date <= $4::date AND birth_date > $3::date AND schooling = 'IN_SCHOOL') AS in_school
  FROM (
    SELECT household_id, medical_insured, is_labour, employment, trainings, birth_date, schooling, pension_insured, left_on, joined_on
      FROM person WHERE sys_period @> $1::timestamptz
    UNION ALL
    SELECT household_id, medical_insured, is_labour, employment, trainings, birth_date, schooling, pension_insured, left_on, joined_on
      FROM person_history WHERE sys_period @> $1::timestamptz
  ) x
  WHERE (left_on IS NULL OR left_on > $2::date) AND (joined_on IS NULL OR joined_on <= $2::date)
  GROUP BY household_id
),
-- Non-rejected evidence per subject (household and site ids never collide: both are UUIDs).
e AS (
  SELECT subject_id,
    bool_or(kind = 'MOVE_IN_PHOTO') AS move_in,
    bool_or(kind = 'DEMOLITION_RECLAMATION_PHOTO') AS demolition,
    bool_or(kind = 'RELOCATION_APPROVAL_FORM') AS approval,
    bool_or(kind = 'DUAL_CONFIRMATION_FORM') AS exit_form,
    bool_or(kind = 'SELF_FUNDING_RECEIPT') AS receipt,
    bool_or(kind = 'GEOHAZARD_ASSESSMENT_REPORT') AS geohazard,
    bool_or(kind = 'COMPLETION_ACCEPTANCE_REPORT') AS acceptance
  FROM (
    SELECT subject_id, kind, rejected_at FROM evidence WHERE sys_period @> $1::timestamptz
    UNION ALL
    SELECT subject_id, kind, rejected_at FROM evidence_history WHERE sys_period @> $1::timestamptz
  ) x
  WHERE rejected_at IS NULL
  GROUP BY subject_id
),
v AS (
  SELECT household_id, count(*) AS n FROM redline_violation
   WHERE detected_at <= $1::timestamptz AND (resolved_at IS NULL OR resolved_at > $1::timestamptz)
   GROUP BY household_id
),
-- Facilities in use at the instant (a clinic only built, or the community health centre, is no clinic).
f AS (
  SELECT site_id,
    bool_or(kind_code IN ('PRIMARY_SCHOOL', 'MIDDLE_SCHOOL')) AS school,
    bool_or(kind_code = 'CLINIC') AS clinic,
    bool_or(kind_code = 'SERVICE_HALL') AS service_hall,
    bool_or(kind_code = 'CULTURE_CENTRE') AS culture,
    bool_or(kind_code = 'POLICING_CENTRE') AS policing
  FROM (
    SELECT site_id, kind_code, status FROM site_facility WHERE sys_period @> $1::timestamptz
    UNION ALL
    SELECT site_id, kind_code, status FROM site_facility_history WHERE sys_period @> $1::timestamptz
  ) x
  WHERE status = 'IN_USE' GROUP BY site_id
),
hh AS (
  SELECT h.site_id, h.moved_in,
    -- The beneficiary population counts only with its relocation approval form.
    CASE WHEN coalesce(e.approval, false) THEN h.beneficiary_count ELSE 0 END AS recognised_beneficiaries, h.household_type, h.old_house_disposition, h.property_certificate_issued, h.hukou_transferred,
    h.industry_projects <> '[]' AS has_projects,
    h.actually_resident AND coalesce(e.move_in, false) AS resident_ok,
    h.old_house_demolished AND coalesce(e.demolition, false) AS demolished_ok,
    h.land_reclaimed AND coalesce(e.demolition, false) AS reclaimed_ok,
    h.poverty_status = 'EXITED' AND coalesce(e.exit_form, false) AS exit_ok,
    (h.beneficiary_count > 0)::int + h.actually_resident::int + h.old_house_demolished::int + h.land_reclaimed::int
      + (h.poverty_status = 'EXITED')::int + (h.self_funding > 0)::int AS claims_made,
    (h.beneficiary_count > 0 AND coalesce(e.approval, false))::int + (h.actually_resident AND coalesce(e.move_in, false))::int
      + (h.old_house_demolished AND coalesce(e.demolition, false))::int + (h.land_reclaimed AND coalesce(e.demolition, false))::int
      + (h.poverty_status = 'EXITED' AND coalesce(e.exit_form, false))::int + (h.self_funding > 0 AND coalesce(e.receipt, false))::int AS claims_recognised,
    h.main_income_source IS NOT NULL OR h.industry_projects <> '[]' OR coalesce(p.employed, 0) > 0 AS has_income,
    coalesce(p.active, 0) AS active, coalesce(p.medical, 0) AS medical, coalesce(p.labour, 0) AS labour,
    coalesce(p.employed_labour, 0) AS employed_labour, coalesce(p.trained_labour, 0) AS trained_labour,
    coalesce(p.pension_eligible, 0) AS pension_eligible, coalesce(p.pension_insured, 0) AS pension_insured,
    coalesce(p.school_age, 0) AS school_age, coalesce(p.in_school, 0) AS in_school,
    coalesce(v.n, 0) AS violations
  FROM h
  LEFT JOIN p ON p.household_id = h.id
  LEFT JOIN e ON e.subject_id = h.id
  LEFT JOIN v ON v.household_id = h.id
)
SELECT s.id AS site_id, s.city_code, s.county_code,
  coalesce(sum(hh.recognised_beneficiaries) FILTER (WHERE hh.moved_in), 0) AS move_in_rate_n,
  coalesce(sum(hh.recognised_beneficiaries), 0) AS move_in_rate_d,
  count(hh.site_id) FILTER (WHERE hh.moved_in AND hh.resident_ok) AS actual_residence_rate_n,
  count(hh.site_id) FILTER (WHERE hh.moved_in) AS actual_residence_rate_d,
  count(hh.site_id) FILTER (WHERE hh.old_house_disposition = 'MUST_DEMOLISH' AND hh.demolished_ok) AS demolition_rate_n,
  count(hh.site_id) FILTER (WHERE hh.old_house_disposition = 'MUST_DEMOLISH') AS demolition_rate_d,
  count(hh.site_id) FILTER (WHERE hh.demolished_ok AND hh.reclaimed_ok) AS reclamation_rate_n,
  count(hh.site_id) FILTER (WHERE hh.demolished_ok) AS reclamation_rate_d,
  count(hh.site_id) FILTER (WHERE hh.household_type = 'REGISTERED_POOR' AND hh.exit_ok) AS poverty_exit_rate_n,
  count(hh.site_id) FILTER (WHERE hh.household_type = 'REGISTERED_POOR') AS poverty_exit_rate_d,
  count(hh.site_id) FILTER (WHERE hh.moved_in AND hh.property_certificate_issued) AS property_certificate_rate_n,
  count(hh.site_id) FILTER (WHERE hh.moved_in) AS property_certificate_rate_d,
  count(hh.site_id) FILTER (WHERE hh.moved_in AND hh.hukou_transferred) AS hukou_transfer_rate_n,
  count(hh.site_id) FILTER (WHERE hh.moved_in) AS hukou_transfer_rate_d,
  count(hh.site_id) FILTER (WHERE hh.labour > 0 AND hh.employed_labour > 0) AS employment_coverage_n,
  count(hh.site_id) FILTER (WHERE hh.labour > 0) AS employment_coverage_d,
  coalesce(sum(hh.employed_labour), 0) AS labour_employment_rate_n,
  coalesce(sum(hh.labour), 0) AS labour_employment_rate_d,
  count(hh.site_id) FILTER (WHERE hh.has_income) AS income_channel_coverage_n,
  count(hh.site_id) AS income_channel_coverage_d,
  coalesce(sum(hh.medical), 0) AS medical_insurance_rate_n,
  coalesce(sum(hh.active), 0) AS medical_insurance_rate_d,
  coalesce(sum(hh.pension_insured), 0) AS pension_insurance_rate_n,
  coalesce(sum(hh.pension_eligible), 0) AS pension_insurance_rate_d,
  coalesce(sum(hh.in_school), 0) AS compulsory_education_rate_n,
  coalesce(sum(hh.school_age), 0) AS compulsory_education_rate_d,
  coalesce(sum(hh.claims_recognised), 0)
    + (s.geohazard_assessed AND coalesce(se.geohazard, false))::int + (s.construction_status = 'ACCEPTED' AND coalesce(se.acceptance, false))::int AS evidence_completeness_n,
  coalesce(sum(hh.claims_made), 0) + s.geohazard_assessed::int + (s.construction_status = 'ACCEPTED')::int AS evidence_completeness_d,
  coalesce(sum(hh.violations), 0) AS redline_violations_n,
  NULL::int AS redline_violations_d,
  (s.geohazard_assessed AND coalesce(se.geohazard, false))::int AS geohazard_assessed_rate_n,
  1 AS geohazard_assessed_rate_d,
  (s.construction_status = 'ACCEPTED' AND coalesce(se.acceptance, false))::int AS acceptance_rate_n,
  1 AS acceptance_rate_d,
  count(hh.site_id) FILTER (WHERE hh.has_projects) AS industry_support_coverage_n,
  count(hh.site_id) AS industry_support_coverage_d,
  coalesce(sum(hh.trained_labour), 0) AS skills_training_coverage_n,
  coalesce(sum(hh.labour), 0) AS skills_training_coverage_d,
  s.party_organisation_established::int AS party_organisation_rate_n,
  1 AS party_organisation_rate_d,
  s.self_governance_established::int AS self_governance_rate_n,
  1 AS self_governance_rate_d,
  coalesce(f.school, false)::int AS school_coverage_n,
  1 AS school_coverage_d,
  coalesce(f.clinic, false)::int AS clinic_coverage_n,
  1 AS clinic_coverage_d,
  coalesce(f.service_hall, false)::int AS community_service_coverage_n,
  1 AS community_service_coverage_d,
  coalesce(f.culture, false)::int AS culture_centre_coverage_n,
  1 AS culture_centre_coverage_d,
  coalesce(f.policing, false)::int AS policing_centre_coverage_n,
  1 AS policing_centre_coverage_d
FROM s
LEFT JOIN hh ON hh.site_id = s.id
LEFT JOIN e se ON se.subject_id = s.id
LEFT JOIN f ON f.site_id = s.id
GROUP BY s.id, s.city_code, s.county_code, s.geohazard_assessed, s.construction_status, s.party_organisation_established,
  s.self_governance_established, se.geohazard, se.acceptance, f.school, f.clinic, f.service_hall, f.culture, f.policing
