package org.fazhi.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTests {

	private final Regions regions = new Regions();

	@Test
	void findsDonghuSubdistrictWithItsDistrictCityAndProvince() {
		var donghu = regions.township("440303007").orElseThrow();
		assertThat(donghu.name()).isEqualTo("东湖街道");
		assertThat(donghu.districtCode()).isEqualTo("440303");
		assertThat(donghu.districtName()).isEqualTo("罗湖区");
		assertThat(donghu.cityName()).isEqualTo("深圳市");
		assertThat(donghu.provinceName()).isEqualTo("广东省");
	}

	@Test
	void namesTheProvinceAsCityOfAMunicipality() {
		var township = regions.township("110101001").orElseThrow();
		assertThat(township.name()).isEqualTo("东华门街道");
		assertThat(township.cityName()).isEqualTo("北京市");
	}

	@Test
	void knowsNoTownshipForADistrictOrAnInventedCode() {
		assertThat(regions.township("440303")).isEmpty();
		assertThat(regions.township("440303999")).isEmpty();
	}
}
