/**
 * Rows exactly as the tables store them (snake_case, as in migrations/*InitialSchema.ts).
 * The loader writes SQL directly rather than through the entities: bulk multi-row inserts
 * are what keep the quick start fast, and the entity layer inserts one row at a time.
 */

export interface SiteRow {
  id: string;
  version: number;
  code: string;
  name: string;
  county_code: string;
  city_code: string;
  address: string | null;
  longitude: number | null;
  latitude: number | null;
  placement_type: string;
  leader_name: string | null;
  leader_post: string | null;
  leader_phone: string | null;
  planned_households: number | null;
  planned_persons: number | null;
  housing_units: number | null;
  total_investment: number | null;
  construction_mode: string | null;
  owner_unit: string | null;
  design_unit: string | null;
  supervision_unit: string | null;
  construction_unit: string | null;
  tender_method: string | null;
  tender_date: string | null;
  winning_bidder: string | null;
  construction_status: string;
  construction_started_on: string | null;
  construction_completed_on: string | null;
  accepted_on: string | null;
  geohazard_assessed: boolean;
  geohazard_assessed_on: string | null;
  geohazard_conclusion: string | null;
  housing_quality_safety: string | null;
  party_organisation_established: boolean;
  party_organisation_established_on: string | null;
  self_governance_established: boolean;
  self_governance_established_on: string | null;
  building_head_system: boolean;
  /** JSON text of IntegrationNote[] */
  integration_notes: string;
  created_at: string;
  updated_at: string;
}

export interface SiteFacilityRow {
  site_id: string;
  kind_code: string;
  status: string;
}

export interface HouseholdRow {
  id: string;
  version: number;
  code: string;
  site_id: string;
  head_name: string;
  head_id_number: string;
  household_type: string;
  beneficiary_count: number;
  labor_count: number;
  relocation_year: number;
  poverty_status: string;
  poverty_exit_year: number | null;
  origin_type: string;
  origin_village: string | null;
  room_number: string | null;
  housing_area: number;
  self_funding: number;
  public_services: string[];
  moved_in: boolean;
  moved_in_on: string | null;
  actually_resident: boolean;
  old_house_structure: string | null;
  old_house_disposition: string;
  old_house_exempt_reason: string | null;
  old_house_demolished: boolean;
  old_house_demolished_on: string | null;
  land_reclaimed: boolean;
  land_reclaimed_on: string | null;
  property_certificate_issued: boolean;
  property_certificate_issued_on: string | null;
  hukou_transferred: boolean;
  hukou_transferred_on: string | null;
  main_income_source: string | null;
  net_income_per_capita: number | null;
  net_income_year: number | null;
  /** JSON text of IndustryProject[] */
  industry_projects: string;
  origin_farmland_mu: number;
  origin_forestland_mu: number;
  origin_land_use: string | null;
  created_at: string;
  updated_at: string;
}

export interface PersonRow {
  id: string;
  version: number;
  household_id: string;
  name: string;
  id_number: string;
  relation: string;
  gender: string;
  birth_date: string;
  ethnicity: string;
  education: string | null;
  health: string;
  pension_insured: boolean;
  medical_insured: boolean;
  schooling: string;
  school_stage: string | null;
  employment: string;
  employer: string | null;
  monthly_wage: number | null;
  /** JSON text of SkillsTraining[] */
  trainings: string;
  is_labour: boolean;
  join_reason: string;
  joined_on: string | null;
  leave_reason: string | null;
  left_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRow {
  id: string;
  username: string;
  email: string;
  password_hash: string;
  role: string;
  jurisdiction: string;
  active: boolean;
  token_version: number;
  created_at: string;
}

export interface AlertSubscriptionRow {
  user_id: string;
  division_code: string;
}
