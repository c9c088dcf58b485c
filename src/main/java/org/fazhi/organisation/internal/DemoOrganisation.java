package org.fazhi.organisation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.organisation.Role;
import org.fazhi.shared.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data (profile {@code demo} only): 东湖街道 (440303007) of 罗湖区, 深圳市, with nine communities, its departments,
 * about thirty staff in every role and the outside lawyers, mediators, 法律明白人 and grid workers. 东乐社区 and 金鹏社区 are
 * named in the 2024 report; the other community names and every person are invented for the demonstration, and every
 * page says so. The data is fixed, not random, so every start produces the same organisation; an existing demo tenant is
 * left as it is.
 */
@Component
@Profile("demo")
class DemoOrganisation implements org.fazhi.shared.DemoPart {

	static final String TENANT_CODE = "440303007";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	record DemoDepartment(String code, String name, DepartmentKind kind) {
	}

	record DemoStaff(String username, String fullName, String department, Role role, String community,
			String jobTitle) {
	}

	record DemoExternal(ExternalPersonKind kind, String fullName, String affiliation, String speciality,
			String community) {
	}

	static final List<String> COMMUNITIES = List.of("东乐社区", "金鹏社区", "东湖社区", "布心社区", "大望社区", "梧桐社区",
			"翠湖社区", "望桐社区", "水库社区");

	static final List<DemoDepartment> DEPARTMENTS = List.of(
			new DemoDepartment("LDBZ", "街道领导班子", DepartmentKind.LEADERSHIP),
			new DemoDepartment("DZB", "党政综合办", DepartmentKind.GENERAL_OFFICE),
			new DemoDepartment("SFS", "司法所", DepartmentKind.JUSTICE_OFFICE),
			new DemoDepartment("ZFD", "综合行政执法队", DepartmentKind.ENFORCEMENT_TEAM),
			new DemoDepartment("ZZZX", "综治中心", DepartmentKind.GOVERNANCE_CENTRE),
			new DemoDepartment("YJB", "应急管理办", DepartmentKind.EMERGENCY_OFFICE),
			new DemoDepartment("SQB", "社区工作办", DepartmentKind.COMMUNITY_AFFAIRS),
			new DemoDepartment("JGW", "纪工委（监督检查室）", DepartmentKind.OTHER));

	static final List<DemoStaff> STAFF = List.of(
			new DemoStaff("admin", "陈志远", "DZB", Role.ADMIN, null, "信息化管理员"),
			new DemoStaff("leader", "李卫东", "LDBZ", Role.LEADER, null, "党工委书记"),
			new DemoStaff("director", "张海燕", "LDBZ", Role.LEADER, null, "办事处主任"),
			new DemoStaff("deputy", "刘明哲", "LDBZ", Role.LEADER, null, "分管法治工作副主任"),
			new DemoStaff("legal", "周婷", "SFS", Role.LEGAL_OFFICER, null, "司法所所长"),
			new DemoStaff("legal2", "吴晓峰", "SFS", Role.LEGAL_OFFICER, null, "司法助理员"),
			new DemoStaff("legal3", "郑丽华", "SFS", Role.LEGAL_OFFICER, null, "司法助理员"),
			new DemoStaff("officer", "黄伟", "ZFD", Role.ENFORCEMENT_OFFICER, null, "执法队队长"),
			new DemoStaff("officer2", "林强", "ZFD", Role.ENFORCEMENT_OFFICER, null, "执法队员"),
			new DemoStaff("officer3", "何俊杰", "ZFD", Role.ENFORCEMENT_OFFICER, null, "执法队员"),
			new DemoStaff("officer4", "罗斌", "ZFD", Role.ENFORCEMENT_OFFICER, null, "执法队员"),
			new DemoStaff("officer5", "梁志华", "ZFD", Role.ENFORCEMENT_OFFICER, null, "执法队员"),
			new DemoStaff("officer6", "谢文涛", "ZFD", Role.ENFORCEMENT_OFFICER, null, "执法队员"),
			new DemoStaff("safety", "曹立新", "YJB", Role.ENFORCEMENT_OFFICER, null, "安全生产执法人员"),
			new DemoStaff("reviewer", "唐静", "ZFD", Role.LEGAL_REVIEWER, null, "法制审核员"),
			new DemoStaff("reviewer2", "冯磊", "SFS", Role.LEGAL_REVIEWER, null, "法制审核员"),
			new DemoStaff("advisor", "徐正言", "SFS", Role.LEGAL_ADVISOR, null, "首席法律顾问"),
			new DemoStaff("advisor2", "马晓琳", "SFS", Role.LEGAL_ADVISOR, null, "法律顾问律师"),
			new DemoStaff("mediator", "孙桂英", "ZZZX", Role.MEDIATOR, "东乐社区", "人民调解员"),
			new DemoStaff("mediator2", "朱建平", "ZZZX", Role.MEDIATOR, "金鹏社区", "人民调解员"),
			new DemoStaff("mediator3", "胡敏", "ZZZX", Role.MEDIATOR, "东湖社区", "人民调解员"),
			new DemoStaff("worker", "邓雪梅", "SQB", Role.COMMUNITY_WORKER, "东乐社区", "社区工作者"),
			new DemoStaff("worker2", "彭家豪", "SQB", Role.COMMUNITY_WORKER, "金鹏社区", "社区工作者"),
			new DemoStaff("worker3", "曾晓玲", "SQB", Role.COMMUNITY_WORKER, "东湖社区", "社区工作者"),
			new DemoStaff("worker4", "蔡伟明", "SQB", Role.COMMUNITY_WORKER, "布心社区", "网格员"),
			new DemoStaff("worker5", "许慧", "SQB", Role.COMMUNITY_WORKER, "大望社区", "社区工作者"),
			new DemoStaff("worker6", "袁国栋", "SQB", Role.COMMUNITY_WORKER, "梧桐社区", "网格员"),
			new DemoStaff("worker7", "邱月", "SQB", Role.COMMUNITY_WORKER, "翠湖社区", "社区工作者"),
			new DemoStaff("worker8", "叶晨", "SQB", Role.COMMUNITY_WORKER, "望桐社区", "社区工作者"),
			new DemoStaff("worker9", "温丽娟", "SQB", Role.COMMUNITY_WORKER, "水库社区", "社区工作者"),
			new DemoStaff("auditor", "高建华", "JGW", Role.AUDITOR, null, "纪检监察干部"),
			// the district's operator of the installation: opens and switches off subdistricts, reads none of their records
			new DemoStaff("operator", "秦书言", "DZB", Role.PLATFORM_OPERATOR, null, "区司法局平台运维员"));

	static final List<DemoExternal> EXTERNAL = List.of(
			new DemoExternal(ExternalPersonKind.CHIEF_LEGAL_ADVISOR, "徐正言", "广东正言律师事务所（演示）", "行政法、政府法律顾问", null),
			new DemoExternal(ExternalPersonKind.LAWYER, "马晓琳", "广东正言律师事务所（演示）", "合同审查", null),
			new DemoExternal(ExternalPersonKind.LAWYER, "钟文博", "深圳明理律师事务所（演示）", "行政复议与诉讼", null),
			new DemoExternal(ExternalPersonKind.LAWYER, "江雨桐", "深圳明理律师事务所（演示）", "物业与婚姻家庭纠纷", null),
			new DemoExternal(ExternalPersonKind.MEDIATOR, "孙桂英", "东乐社区人民调解委员会", "邻里纠纷", "东乐社区"),
			new DemoExternal(ExternalPersonKind.MEDIATOR, "朱建平", "金鹏社区人民调解委员会", "物业纠纷", "金鹏社区"),
			new DemoExternal(ExternalPersonKind.MEDIATOR, "胡敏", "东湖街道人民调解委员会", "劳动争议", "东湖社区"),
			new DemoExternal(ExternalPersonKind.MEDIATOR, "罗心怡", "东湖街道心理服务站（演示）", "心理疏导", null),
			new DemoExternal(ExternalPersonKind.MEDIATOR, "韩立", "罗湖区人民法院驻东乐社区法官工作室", "诉前调解", "东乐社区"),
			new DemoExternal(ExternalPersonKind.MEDIATOR, "付晓东", "布心社区物业纠纷调解室", "物业纠纷", "布心社区"),
			new DemoExternal(ExternalPersonKind.GRID_WORKER, "蔡伟明", "布心社区网格站", null, "布心社区"),
			new DemoExternal(ExternalPersonKind.GRID_WORKER, "袁国栋", "梧桐社区网格站", null, "梧桐社区"),
			new DemoExternal(ExternalPersonKind.GRID_WORKER, "万俊", "东湖社区网格站", null, "东湖社区"),
			new DemoExternal(ExternalPersonKind.GRID_WORKER, "石磊", "大望社区网格站", null, "大望社区"),
			new DemoExternal(ExternalPersonKind.GRID_WORKER, "龙海", "水库社区网格站", null, "水库社区"));

	/** One 法律明白人 per community: a resident the justice office trains (DOMAIN.md, law publicity). */
	static final List<String> LEGAL_SAVVY_RESIDENTS = List.of("杨秀兰", "邹建国", "夏宁", "方志刚", "程美玲", "潘宇",
			"贺云", "谭晓东", "姚丽");

	private final Tenants tenants;
	private final Communities communities;
	private final Departments departments;
	private final StaffAccounts staff;
	private final ExternalPeople externalPeople;
	private final Regions regions;
	private final PasswordEncoder passwordEncoder;
	private final String demoPassword;

	DemoOrganisation(Tenants tenants, Communities communities, Departments departments, StaffAccounts staff,
			ExternalPeople externalPeople, Regions regions, PasswordEncoder passwordEncoder,
			@Value("${fazhi.demo.password}") String demoPassword) {
		this.tenants = tenants;
		this.communities = communities;
		this.departments = departments;
		this.staff = staff;
		this.externalPeople = externalPeople;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.demoPassword = demoPassword;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	@Transactional
	public boolean generate() {
		if (tenants.existsByCode(TENANT_CODE)) {
			return false;
		}
		var township = regions.township(TENANT_CODE).orElseThrow();
		var tenant = tenants.save(new Tenant(township, true));

		Map<String, Community> communityByName = new HashMap<>();
		for (int i = 0; i < COMMUNITIES.size(); i++) {
			String code = TENANT_CODE + String.format("%03d", i + 1);
			communityByName.put(COMMUNITIES.get(i), communities.save(new Community(tenant, code, COMMUNITIES.get(i))));
		}
		Map<String, Department> departmentByCode = new HashMap<>();
		for (var d : DEPARTMENTS) {
			departmentByCode.put(d.code(), departments.save(new Department(tenant, d.code(), d.name(), d.kind())));
		}
		// one hash for all demo accounts: they share the demo password, and hashing 30 times would slow every start
		String hash = passwordEncoder.encode(demoPassword);
		for (var s : STAFF) {
			var account = new StaffAccount(tenant, departmentByCode.get(s.department()),
					s.community() == null ? null : communityByName.get(s.community()), s.username(), hash,
					s.fullName(), s.jobTitle(), s.role());
			account.markDemoCredentials();
			if (s.role() == Role.ENFORCEMENT_OFFICER) {
				// invented certificate numbers of the demo officers (real ones are issued by the province)
				account.assignCertificate("44030300" + String.format("%04d", 1000 + STAFF.indexOf(s)));
			}
			if (s.username().equals("mediator3")) {
				// the subdistrict committee's mediator reads the disputes of every community
				account.assignScope(org.fazhi.organisation.DataScope.TENANT);
			}
			if (s.username().equals("reviewer")) {
				// an invented qualification certificate number; reviewer2 has none and has never reviewed a case
				account.assignQualification("A20194403030" + String.format("%03d", STAFF.indexOf(s)));
			}
			staff.save(account);
		}
		int serial = 0;
		for (var e : EXTERNAL) {
			var person = new ExternalPerson(tenant, e.community() == null ? null : communityByName.get(e.community()),
					e.kind(), e.fullName(), e.affiliation(), e.speciality());
			serial++;
			// invented contact data: 138 0030 7xxx numbers and identity numbers of the Luohu region code 440303
			person.changePersonalData(String.format("1380030%04d", 7000 + serial), PersonalData
				.withCheckCharacter(String.format("440303%04d%02d%02d%03d", 1970 + serial, 1 + serial % 12, 1 + serial,
						100 + serial)));
			externalPeople.save(person);
		}
		for (int i = 0; i < COMMUNITIES.size(); i++) {
			String community = COMMUNITIES.get(i);
			externalPeople.save(new ExternalPerson(tenant, communityByName.get(community),
					ExternalPersonKind.LEGAL_SAVVY_RESIDENT, LEGAL_SAVVY_RESIDENTS.get(i), community + "居民",
					null));
		}
		log.info("demo organisation created tenant={} communities={} departments={} staff={}", TENANT_CODE,
				COMMUNITIES.size(), DEPARTMENTS.size(), STAFF.size());
		return true;
	}
}
