package org.fazhi.organisation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A department of a tenant (司法所, 综合行政执法队, 综治中心, ...): staff accounts belong to one. */
@Entity
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Tenant tenant;
	private String code;
	private String name;
	@Enumerated(EnumType.STRING)
	private DepartmentKind kind;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected Department() {
	}

	Department(Tenant tenant, String code, String name, DepartmentKind kind) {
		this.tenant = tenant;
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	void change(String newCode, String newName, DepartmentKind newKind) {
		this.code = newCode;
		this.name = newName;
		this.kind = newKind;
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

	public DepartmentKind getKind() {
		return kind;
	}

	public boolean isActive() {
		return active;
	}
}
