package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement figures of a subdistrict for a year, computed from the records, under fixed codes that the annual
 * report and outside checks rely on. Penalty-case figures join them when the case module is built.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementFigures {

	/** Distinct regulated entities inspected in the year (the report's 检查企业 N 家). */
	public static final String ENTERPRISES_INSPECTED = "enterprises_inspected";
	public static final String INSPECTIONS = "inspections";
	public static final String JOINT_OPERATIONS = "joint_operations";
	public static final String HAZARDS_FOUND = "hazards_found";
	/** Hazards whose removal was confirmed in the year (the report's 整改隐患 N 处). */
	public static final String HAZARDS_RECTIFIED = "hazards_rectified";
	public static final String HAZARDS_ESCALATED = "hazards_escalated";
	public static final String MATTERS_IN_CATALOGUE = "matters_in_catalogue";

	private final EntityManager entityManager;

	EnforcementFigures(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public Map<String, Long> of(long tenantId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year + 1, 1, 1);
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put(ENTERPRISES_INSPECTED, count("select count(distinct i.entityId) from Inspection i where i.tenantId"
				+ " = :t and i.inspectedOn >= :from and i.inspectedOn < :to", tenantId, from, to));
		figures.put(INSPECTIONS, count("select count(i) from Inspection i where i.tenantId = :t and i.inspectedOn"
				+ " >= :from and i.inspectedOn < :to", tenantId, from, to));
		figures.put(JOINT_OPERATIONS, count("select count(i) from Inspection i where i.tenantId = :t and i.inspectedOn"
				+ " >= :from and i.inspectedOn < :to and i.partners is not null", tenantId, from, to));
		figures.put(HAZARDS_FOUND, count("select count(h) from Hazard h where h.tenantId = :t and h.orderedOn >= :from"
				+ " and h.orderedOn < :to", tenantId, from, to));
		figures.put(HAZARDS_RECTIFIED, count("select count(h) from Hazard h where h.tenantId = :t and h.state ="
				+ " org.fazhi.enforcement.internal.Hazard.State.RECTIFIED and h.closedOn >= :from and h.closedOn < :to",
				tenantId, from, to));
		figures.put(HAZARDS_ESCALATED, count("select count(h) from Hazard h where h.tenantId = :t and h.state ="
				+ " org.fazhi.enforcement.internal.Hazard.State.ESCALATED and h.closedOn >= :from and h.closedOn < :to",
				tenantId, from, to));
		figures.put(MATTERS_IN_CATALOGUE, entityManager
			.createQuery("select count(m) from EnforcementMatter m where m.tenantId = :t and m.active = true", Long.class)
			.setParameter("t", tenantId)
			.getSingleResult());
		return figures;
	}

	private long count(String jpql, long tenantId, LocalDate from, LocalDate to) {
		return entityManager.createQuery(jpql, Long.class)
			.setParameter("t", tenantId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getSingleResult();
	}
}
