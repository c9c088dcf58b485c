package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fazhi.shared.RuleViolation;

/** The checks of an upload: its name, its first bytes and then its structure ({@link StructureCheck}). */
public final class UploadCheck {

	private UploadCheck() {
	}

	/** A file name fit to store and to send back: no directories, no control or reserved characters. */
	public static String safeName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			name = "file";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	/** Refuses a file that only starts like its type ({@link StructureCheck}); run once its size is known to be fine. */
	public static void structure(Path file, ContentTypes.Type type, String name) {
		StructureCheck.check(file, type, name);
	}

	/** The checked type; refuses what is not a known type, or whose name claims another type than its content. */
	public static ContentTypes.Type type(Path file, String name) throws IOException {
		byte[] head = new byte[16];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		byte[] bytes = java.util.Arrays.copyOf(head, read);
		var type = ContentTypes.detect(bytes, name)
			.orElseThrow(() -> new RuleViolation("file", "file.typeNotAllowed", name));
		if (!type.extensions().contains(ContentTypes.extension(name))) {
			throw new RuleViolation("file", "file.typeMismatch", name, type.mime());
		}
		return type;
	}
}
