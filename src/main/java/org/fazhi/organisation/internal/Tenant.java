package org.fazhi.organisation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A subdistrict office or township: the tenant every work record belongs to, identified by its 9-digit statistics
 * code (统计用区划代码), e.g. 440303007 东湖街道.
 */
@Entity
public class Tenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String code;
	private String name;
	private String districtCode;
	private String districtName;
	private String cityName;
	private String provinceName;
	private boolean demo;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected Tenant() {
	}

	Tenant(Regions.Township township, boolean demo) {
		this.code = township.code();
		this.name = township.name();
		this.districtCode = township.districtCode();
		this.districtName = township.districtName();
		this.cityName = township.cityName();
		this.provinceName = township.provinceName();
		this.demo = demo;
	}

	void rename(String newName) {
		this.name = newName;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public String getDistrictName() {
		return districtName;
	}

	public String getCityName() {
		return cityName;
	}

	public String getProvinceName() {
		return provinceName;
	}

	public boolean isDemo() {
		return demo;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
