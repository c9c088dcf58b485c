package org.fazhi.organisation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A community (社区) of a tenant. Its 12-digit code extends the tenant's 9-digit township code by three digits, as in
 * the statistics division codes (440303007001).
 */
@Entity
public class Community {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Tenant tenant;
	private String code;
	private String name;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected Community() {
	}

	Community(Tenant tenant, String code, String name) {
		this.tenant = tenant;
		this.code = code;
		this.name = name;
	}

	void change(String newCode, String newName) {
		this.code = newCode;
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

	public Tenant getTenant() {
		return tenant;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isActive() {
		return active;
	}
}
