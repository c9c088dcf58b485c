package org.fazhi.documents;

import java.util.List;

/** A module's kinds of official document, declared once as a bean of this type. */
public interface DocumentKinds {

	List<DocumentKind> kinds();
}
