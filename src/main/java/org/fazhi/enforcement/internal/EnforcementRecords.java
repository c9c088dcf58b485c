package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.entities.RegulatedEntities;
import org.fazhi.enforcement.internal.entities.RegulatedEntity;
import org.fazhi.enforcement.internal.inspections.Inspection;
import org.fazhi.enforcement.internal.inspections.InspectionRecords;
import org.fazhi.enforcement.internal.inspections.InspectionWork;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.HazardRecords;
import org.fazhi.enforcement.internal.cases.CaseRecords;
import org.fazhi.enforcement.internal.cases.CaseWork;
import org.fazhi.enforcement.internal.cases.PenaltyCase;
import java.util.List;

import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.OwnedRecords;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.organisation.RecordOwnership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the records of administrative enforcement are owned, declared once: every read of them goes through
 * {@link DataScopes} with these, and the deadlines, files and history of a record ask here whether a user may read it.
 */
@Configuration(proxyBeanMethods = false)
public class EnforcementRecords {

	public static final RecordOwnership ENTITY = new RecordOwnership(EntityRegister.RECORD_TYPE, RegulatedEntity.class,
			RecordFamily.ENFORCEMENT_REGISTER, "tenantId", null, "communityId", "createdBy", List.of());

	public static final RecordOwnership INSPECTION = new RecordOwnership(InspectionWork.INSPECTION, Inspection.class,
			RecordFamily.ENFORCEMENT_REGISTER, "tenantId", null, "communityId", "createdBy",
			List.of("officer1Id", "officer2Id"));

	public static final RecordOwnership HAZARD = new RecordOwnership(InspectionWork.HAZARD, Hazard.class,
			RecordFamily.ENFORCEMENT_REGISTER, "tenantId", null, "communityId", "createdBy", List.of());

	public static final RecordOwnership CASE = new RecordOwnership(CaseWork.CASE, PenaltyCase.class,
			RecordFamily.ENFORCEMENT_CASES, "tenantId", null, "communityId", "createdBy",
			List.of("officer1Id", "officer2Id", "reviewerId", "hearingChairId"));

	@Bean
	OwnedRecords ownedEntities(RegulatedEntities entities) {
		return OwnedRecords.scoped(ENTITY, entities, RegulatedEntity::getId);
	}

	@Bean
	OwnedRecords ownedInspections(InspectionRecords inspections) {
		return OwnedRecords.scoped(INSPECTION, inspections, Inspection::getId);
	}

	@Bean
	OwnedRecords ownedHazards(HazardRecords hazards) {
		return OwnedRecords.scoped(HAZARD, hazards, Hazard::getId);
	}

	@Bean
	OwnedRecords ownedCases(CaseRecords cases) {
		return OwnedRecords.scoped(CASE, cases, PenaltyCase::getId);
	}
}
