package org.fazhi.documents;

import java.util.Set;

/**
 * A kind of official document a module writes.
 *
 * @param module the module, e.g. {@code enforcement}
 * @param type the kind's code in the module, e.g. {@code DECISION}
 * @param labelKey its name in the message bundles
 * @param fields the fields a template of this kind may use: {@code {{title}}}, and for a list the list's name with
 *     the fields of its items after a dot ({@code paragraphs.text} for {@code {{?paragraphs}}{{text}}{{/paragraphs}}})
 * @param required the fields every template of the kind must use, so no document leaves out what the law asks of it
 */
public record DocumentKind(String module, String type, String labelKey, Set<String> fields, Set<String> required) {

	public DocumentKind {
		fields = Set.copyOf(fields);
		required = Set.copyOf(required);
	}

	/** The template the platform ships: {@code documents/templates/MODULE/TYPE.docx}. */
	public String bundledTemplate() {
		return "documents/templates/" + module + "/" + type + ".docx";
	}
}
