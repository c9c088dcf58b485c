package org.fazhi.enforcement.internal.entities;

import org.fazhi.enforcement.EntityCategory;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.CreditCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo register (profile {@code demo}): 24 invented entities in each community, of every category, each marked 演示,
 * with credit codes whose check character is valid but which belong to no one.
 */
@Component
@Profile("demo")
class DemoEntities implements org.fazhi.shared.DemoPart {

	private static final Logger log = LoggerFactory.getLogger(DemoEntities.class);

	private final EntityRegister register;
	private final RegulatedEntities entities;
	private final OrganisationDirectory directory;
	private final UserDetailsService accounts;

	DemoEntities(EntityRegister register, RegulatedEntities entities, OrganisationDirectory directory,
			UserDetailsService accounts) {
		this.register = register;
		this.entities = entities;
		this.directory = directory;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 11;
	}

	@Override
	public boolean generate() {
		var admin = (FazhiUser) accounts.loadUserByUsername("admin");
		if (entities.countByTenantId(admin.tenantId()) > 0) {
			return false;
		}
		// 24 entities a community (216 in all): enough for the 187 enterprises the 2024 report says were inspected
		String[][] kinds = { { "餐饮管理有限公司", "ENTERPRISE" }, { "五金小档口", "SMALL_SHOP" },
				{ "服装加工小作坊", "SMALL_WORKSHOP" }, { "物业服务有限公司", "ENTERPRISE" }, { "便利店", "INDIVIDUAL_BUSINESS" },
				{ "卡拉OK小娱乐场所", "SMALL_ENTERTAINMENT" }, { "燃气供应站有限公司", "ENTERPRISE" }, { "小吃店", "SMALL_SHOP" } };
		int serial = 0;
		for (var community : directory.activeCommunities(admin.tenantId())) {
			String place = community.name().replace("社区", "");
			for (int round = 0; round < 3; round++) {
				for (String[] kind : kinds) {
					serial++;
					var form = new EntityForm();
					form.setName(place + kind[0] + (round == 0 ? "" : "（" + (round + 1) + "号）") + "（演示）");
					var category = EntityCategory.valueOf(kind[1]);
					String first17 = (category == EntityCategory.ENTERPRISE ? "91" : "92") + "440303MA5F"
							+ String.format("%05d", 10000 + serial);
					form.setCreditCode(first17 + CreditCodes.checkCharacter(first17));
					form.setCategory(category);
					form.setCommunityId(community.id());
					form.setAddress("深圳市罗湖区东湖街道" + community.name() + "演示路" + serial + "号");
					form.setContactPerson("联系人" + serial);
					form.setContactPhone(String.format("1390030%04d", serial));
					register.register(admin, form);
				}
			}
		}
		log.info("demo regulated entities registered count={}", serial);
		return true;
	}
}
