package org.fazhi.enforcement.internal.inspections;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JointLinks extends JpaRepository<JointLink, Long> {

	List<JointLink> findByInspectionIdOrderById(long inspectionId);

	List<JointLink> findByCaseIdOrderById(long caseId);
}
