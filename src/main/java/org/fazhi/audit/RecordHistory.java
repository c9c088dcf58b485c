package org.fazhi.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.fazhi.audit.internal.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a record with legal weight, from Hibernate Envers: for each revision, when, who, and which fields
 * changed from what to what. The caller has already checked that the user may read the record.
 */
@Service
public class RecordHistory {

	/** One revision of a record. */
	public record Entry(Instant at, String actor, String kind, List<FieldChange> changes) {
	}

	/** A field that changed; {@code field} is its name in the entity, for a message key. */
	public record FieldChange(String field, String from, String to) {
	}

	private final EntityManager entityManager;

	RecordHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<Entry> of(Class<?> entityType, Object id) {
		var reader = AuditReaderFactory.get(entityManager);
		@SuppressWarnings("unchecked")
		List<Object[]> rows = reader.createQuery()
			.forRevisionsOfEntity(entityType, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Entry> history = new ArrayList<>();
		Object previous = null;
		for (Object[] row : rows) {
			Object state = row[0];
			Revision revision = (Revision) row[1];
			RevisionType type = (RevisionType) row[2];
			history.add(new Entry(Instant.ofEpochMilli(revision.getTimestamp()), revision.getActorName(), type.name(),
					changes(entityType, previous, state)));
			previous = state;
		}
		return history;
	}

	private static List<FieldChange> changes(Class<?> type, Object before, Object after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)
					|| field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(Id.class)
					|| Collection.class.isAssignableFrom(field.getType())) {
				continue;
			}
			field.setAccessible(true);
			String from = before == null ? null : text(read(field, before));
			String to = after == null ? null : text(read(field, after));
			if (!Objects.equals(from, to)) {
				changes.add(new FieldChange(field.getName(), from, to));
			}
		}
		return changes;
	}

	private static Object read(Field field, Object target) {
		try {
			return field.get(target);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A value as a person reads it: a referenced record by its name where it has one. */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)
				|| value.getClass().getSuperclass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
			try {
				return String.valueOf(value.getClass().getMethod("getName").invoke(value));
			}
			catch (ReflectiveOperationException ex) {
				return String.valueOf(value);
			}
		}
		return value.toString();
	}
}
