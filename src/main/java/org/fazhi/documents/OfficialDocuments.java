package org.fazhi.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.documents.internal.DocumentTemplate;
import org.fazhi.documents.internal.DocumentTemplates;
import org.fazhi.files.Attachments;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Official documents from templates. A document of a kind is rendered from the tenant's current template of that kind
 * (the administrator's latest version, or the one the platform ships) with the fields the module gives; the module
 * stores the file it gets with the template version used, so a later template changes later documents only.
 */
@Service
@Transactional
public class OfficialDocuments {

	/** A rendered document: the DOCX, and the template version it came from ({@code 0}: the platform's). */
	public record Rendered(byte[] content, int templateVersion) {
	}

	/** A template version as the administrator sees it; version {@code 0} is the template the platform ships. */
	public record Version(int version, boolean bundled, String fileName, String sm3, String uploadedBy,
			java.time.Instant uploadedAt, String note) {
	}

	/** A kind with its current template and the versions before it, newest first. */
	public record KindTemplates(DocumentKind kind, Version current, List<Version> history) {
	}

	private final Map<String, DocumentKind> kinds = new LinkedHashMap<>();
	private final Map<String, byte[]> bundledTemplates = new java.util.concurrent.ConcurrentHashMap<>();
	private final DocumentTemplates templates;
	private final Attachments attachments;
	private final AuditTrail trail;

	OfficialDocuments(List<DocumentKinds> declared, DocumentTemplates templates, Attachments attachments,
			AuditTrail trail) {
		declared.stream().flatMap(d -> d.kinds().stream())
			.sorted(Comparator.comparing(DocumentKind::module).thenComparing(DocumentKind::type))
			.forEach(kind -> kinds.put(key(kind.module(), kind.type()), kind));
		this.templates = templates;
		this.attachments = attachments;
		this.trail = trail;
	}

	private static String key(String module, String type) {
		return module + "/" + type;
	}

	public DocumentKind kind(String module, String type) {
		return Optional.ofNullable(kinds.get(key(module, type))).orElseThrow(() -> new NotFound("document kind",
				key(module, type)));
	}

	/** Renders a document of the kind with the tenant's current template. */
	public Rendered render(Actor user, String module, String type, Map<String, Object> fields) {
		var kind = kind(module, type);
		var current = templates.findFirstByTenantIdAndModuleAndDocTypeOrderByVersionDesc(user.tenantId(), module, type);
		int version = current.map(DocumentTemplate::getVersion).orElse(0);
		try (InputStream in = templateOf(user, kind, current.orElse(null));
				XWPFTemplate template = XWPFTemplate.compile(in);
				var out = new ByteArrayOutputStream()) {
			template.render(fields).write(out);
			return new Rendered(out.toByteArray(), version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render " + key(module, type), ex);
		}
	}

	/** The current template file of the kind: the administrator's, or the platform's. */
	@Transactional(readOnly = true)
	public byte[] currentTemplate(Actor user, String module, String type) {
		var kind = kind(module, type);
		var current = templates.findFirstByTenantIdAndModuleAndDocTypeOrderByVersionDesc(user.tenantId(), module, type);
		try (InputStream in = templateOf(user, kind, current.orElse(null))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private InputStream templateOf(Actor user, DocumentKind kind, DocumentTemplate current) throws IOException {
		if (current == null || current.isBundled()) {
			return new ByteArrayInputStream(bundled(kind));
		}
		return attachments.open(user, current.getAttachmentId()).content();
	}

	/** The template the platform ships for the kind, read from the class path once. */
	private byte[] bundled(DocumentKind kind) {
		return bundledTemplates.computeIfAbsent(kind.bundledTemplate(), path -> {
			try (InputStream in = new ClassPathResource(path).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the template " + path, ex);
			}
		});
	}

	/** Every kind of document with the tenant's current template and its history. */
	@Transactional(readOnly = true)
	public List<KindTemplates> kinds(Actor user) {
		List<KindTemplates> all = new ArrayList<>();
		for (DocumentKind kind : kinds.values()) {
			var versions = templates.findByTenantIdAndModuleAndDocTypeOrderByVersionDesc(user.tenantId(),
					kind.module(), kind.type()).stream().map(OfficialDocuments::view).toList();
			all.add(new KindTemplates(kind, versions.isEmpty() ? BUNDLED : versions.get(0),
					versions.isEmpty() ? List.of() : versions.subList(1, versions.size())));
		}
		return all;
	}

	private static final Version BUNDLED = new Version(0, true, null, null, null, null, null);

	private static Version view(DocumentTemplate t) {
		return new Version(t.getVersion(), t.isBundled(), t.getFileName(), t.getSm3(), t.getUploadedBy(),
				t.getUploadedAt(), t.getNote());
	}

	/**
	 * The administrator's own template for the kind, from the next document on: a DOCX whose fields are the kind's
	 * (an unknown field would stay empty in every document, a missing required one would leave out what the law asks
	 * the document to state), kept as a new version with its hash.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Version replace(Actor user, String module, String type, String fileName, byte[] content, String note) {
		var kind = kind(module, type);
		checkNote(note);
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "file.empty");
		}
		var used = fieldsOf(content);
		var unknown = new TreeSet<>(used);
		unknown.removeAll(kind.fields());
		String separator = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())
				? ", " : "、";
		if (!unknown.isEmpty()) {
			throw new RuleViolation("file", "template.fields.unknown", String.join(separator, unknown),
					String.join(separator, new TreeSet<>(kind.fields())));
		}
		var missing = new TreeSet<>(kind.required());
		missing.removeAll(used);
		if (!missing.isEmpty()) {
			throw new RuleViolation("file", "template.fields.missing", String.join(separator, missing));
		}
		var stored = attachments.attach(user, org.fazhi.documents.internal.TemplateAttachments.owner(), key(module, type),
				fileName == null || fileName.isBlank() ? type + ".docx" : fileName, new ByteArrayInputStream(content));
		var saved = templates.save(new DocumentTemplate(user.tenantId(), module, type, nextVersion(user, kind),
				stored.id(), stored.name(), stored.sm3(), user.fullName(), cut(note)));
		trail.record(AuditAction.CREATE, "DOCUMENT_TEMPLATE", saved.getId(), AuditOutcome.SUCCESS,
				key(module, type) + " v" + saved.getVersion() + " SM3 " + stored.sm3());
		return view(saved);
	}

	/** Back to the template the platform ships, from the next document on; the replaced versions stay on record. */
	@PreAuthorize("hasRole('ADMIN')")
	public Version revert(Actor user, String module, String type, String note) {
		var kind = kind(module, type);
		checkNote(note);
		var current = templates.findFirstByTenantIdAndModuleAndDocTypeOrderByVersionDesc(user.tenantId(), module, type);
		if (current.isEmpty() || current.get().isBundled()) {
			throw new RuleViolation(null, "template.alreadyBundled");
		}
		var saved = templates.save(new DocumentTemplate(user.tenantId(), module, type, nextVersion(user, kind), null,
				null, null, user.fullName(), cut(note)));
		trail.record(AuditAction.STATE_CHANGE, "DOCUMENT_TEMPLATE", saved.getId(), AuditOutcome.SUCCESS,
				key(module, type) + " v" + saved.getVersion() + " bundled");
		return view(saved);
	}

	private int nextVersion(Actor user, DocumentKind kind) {
		return templates.findFirstByTenantIdAndModuleAndDocTypeOrderByVersionDesc(user.tenantId(), kind.module(),
				kind.type()).map(t -> t.getVersion() + 1).orElse(1);
	}

	private static void checkNote(String note) {
		if (note != null && note.strip().length() > 200) {
			throw new RuleViolation("note", "field.tooLong");
		}
	}

	private static String cut(String note) {
		String text = note == null ? null : note.strip();
		return text == null || text.isEmpty() ? null : text.length() > 200 ? text.substring(0, 200) : text;
	}

	/**
	 * The fields a DOCX template uses: {@code title}, and {@code paragraphs.text} inside a {@code {{?paragraphs}}}
	 * block; a file that is no template is refused.
	 */
	static Set<String> fieldsOf(byte[] content) {
		try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(content))) {
			Set<String> fields = new TreeSet<>();
			collect(template.getElementTemplates(), "", fields);
			return fields;
		}
		catch (IOException | RuntimeException ex) {
			throw new RuleViolation("file", "template.unreadable");
		}
	}

	private static void collect(List<MetaTemplate> elements, String prefix, Set<String> fields) {
		for (MetaTemplate element : elements) {
			if (element instanceof BlockTemplate block) {
				String name = block.getStartMark().getTagName();
				fields.add(prefix + name);
				collect(block.getTemplates(), prefix + name + ".", fields);
			}
			else if (element instanceof ElementTemplate tag) {
				fields.add(prefix + tag.getTagName());
			}
		}
	}
}
