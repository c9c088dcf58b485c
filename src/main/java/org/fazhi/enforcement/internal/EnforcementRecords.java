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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OwnedRecords;
import org.fazhi.organisation.RecordFamily;
import org.fazhi.organisation.RecordOwnership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

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
		return owned(ENTITY, entities, RegulatedEntity::getId);
	}

	@Bean
	OwnedRecords ownedInspections(InspectionRecords inspections) {
		return owned(INSPECTION, inspections, Inspection::getId);
	}

	@Bean
	OwnedRecords ownedHazards(HazardRecords hazards) {
		return owned(HAZARD, hazards, Hazard::getId);
	}

	@Bean
	OwnedRecords ownedCases(CaseRecords cases) {
		return owned(CASE, cases, PenaltyCase::getId);
	}

	static <T> OwnedRecords owned(RecordOwnership ownership, JpaSpecificationExecutor<T> records,
			Function<T, Long> id) {
		return new OwnedRecords() {
			@Override
			public RecordOwnership ownership() {
				return ownership;
			}

			@Override
			public boolean mayRead(FazhiUser user, String recordId) {
				return recordId != null && recordId.matches("\\d{1,18}")
						&& records.exists(DataScopes.readable(user, ownership, Long.parseLong(recordId)));
			}

			@Override
			public Set<String> readable(FazhiUser user, Collection<String> recordIds) {
				List<Long> ids = recordIds.stream().filter(r -> r != null && r.matches("\\d{1,18}"))
					.map(Long::valueOf).distinct().toList();
				if (ids.isEmpty()) {
					return Set.of();
				}
				Specification<T> in = (root, query, cb) -> root.get("id").in(ids);
				return records.findAll(DataScopes.<T>readable(user, ownership).and(in)).stream()
					.map(r -> String.valueOf(id.apply(r))).collect(Collectors.toSet());
			}
		};
	}
}
