package org.fazhi.enforcement.internal.inspections;

import org.fazhi.enforcement.internal.entities.EntityRegister;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.organisation.FazhiUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo inspections (profile {@code demo}), one record at a time through the same use cases as the pages: in 2024, 187
 * enterprises inspected and 104 hazards rectified, the figures of the 2024 report; in 2023, 150 inspected and 71
 * rectified, so that two years can be compared. Everything else about them (dates, officers, findings) is invented
 * and deterministic.
 */
@Component
@Profile("demo")
class DemoInspections implements org.fazhi.shared.DemoPart {

	private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

	record DemoYear(int year, int inspected, int hazards, int rectified) {
	}

	static final List<DemoYear> YEARS = List.of(new DemoYear(2023, 150, 80, 71), new DemoYear(2024, 187, 130, 104));

	private final InspectionWork work;
	private final EntityRegister register;
	private final InspectionRecords inspections;
	private final UserDetailsService accounts;
	private final JointOperations joint;

	DemoInspections(InspectionWork work, EntityRegister register, InspectionRecords inspections,
			UserDetailsService accounts, JointOperations joint) {
		this.joint = joint;
		this.work = work;
		this.register = register;
		this.inspections = inspections;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 12;
	}

	@Override
	public boolean generate() {
		var admin = (FazhiUser) accounts.loadUserByUsername("admin");
		if (inspections.existsByTenantId(admin.tenantId())) {
			return false;
		}
		var entities = register.list(admin, null, null, null);
		var officers = work.officers(admin);
		for (DemoYear year : YEARS) {
			for (int i = 0; i < year.inspected(); i++) {
				// a different entity for each inspection of the year: the year's count is also its count of enterprises
				var entity = entities.get((i + (year.year() - 2023) * 29) % entities.size());
				LocalDate on = LocalDate.of(year.year(), 1, 4).plusDays(i * 350L / year.inspected());
				var first = officers.get(i % officers.size());
				var second = officers.get((i + 1) % officers.size());
				var inspection = work.plan(admin, entity.getId(), first.accountId(), second.accountId(), on);
				work.record(admin, inspection.getId(), on, i < year.hazards() ? "发现安全隐患，已当场告知" : "未发现问题",
						i % 12 == 0 ? "区交通局、交警大队" : null);
				if (i % 12 == 0) {
					// the partners' own records of the joint operation (invented numbers)
					joint.linkInspection(admin, inspection.getId(), JointLink.Partner.DISTRICT_TRANSPORT,
							"罗交执检〔" + year.year() + "〕" + (i / 12 + 1) + "号", null);
					joint.linkInspection(admin, inspection.getId(), JointLink.Partner.TRAFFIC_POLICE,
							"罗交警联〔" + year.year() + "〕" + (i / 12 + 1) + "号", null);
				}
				if (i < year.hazards()) {
					int days = i % 10 == 0 ? 15 : 7;
					var hazard = work.orderRectification(admin, inspection.getId(),
							i % 3 == 0 ? "疏散通道堆放杂物" : i % 3 == 1 ? "灭火器压力不足" : "燃气软管老化",
							i % 10 == 0 ? Hazard.Severity.MAJOR : Hazard.Severity.GENERAL, days);
					if (i < year.rectified()) {
						work.rectified(admin, hazard.getId(), on.plusDays(days - 2), "复查已整改");
					}
					else {
						work.escalate(admin, hazard.getId(), on.plusDays(days + 20), "复查逾期未整改");
					}
				}
			}
			log.info("demo inspections year={} inspected={} hazards={} rectified={}", year.year(), year.inspected(),
					year.hazards(), year.rectified());
		}
		return true;
	}
}
