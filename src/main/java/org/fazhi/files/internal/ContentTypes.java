package org.fazhi.files.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file types Fazhi accepts, recognised from the first bytes of the content, never from the name alone; the
 * name's extension must agree with the content. HTML, scripts and anything unrecognised are refused.
 */
public final class ContentTypes {

	/** A recognised type: its MIME type, the extensions it may carry, and whether it is audio or video evidence. */
	public record Type(String mime, Set<String> extensions, boolean media) {
	}

	static final Type PDF = new Type("application/pdf", Set.of("pdf"), false);
	static final Type PNG = new Type("image/png", Set.of("png"), false);
	static final Type JPEG = new Type("image/jpeg", Set.of("jpg", "jpeg"), false);
	static final Type GIF = new Type("image/gif", Set.of("gif"), false);
	static final Type OOXML_DOCUMENT = new Type(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"), false);
	static final Type OOXML_WORKBOOK = new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			Set.of("xlsx"), false);
	static final Type OFD = new Type("application/ofd", Set.of("ofd"), false);
	static final Type ZIP = new Type("application/zip", Set.of("zip"), false);
	static final Type OLE_DOCUMENT = new Type("application/msword", Set.of("doc"), false);
	static final Type OLE_WORKBOOK = new Type("application/vnd.ms-excel", Set.of("xls"), false);
	static final Type MP4 = new Type("video/mp4", Set.of("mp4", "m4a", "mov"), true);
	static final Type MP3 = new Type("audio/mpeg", Set.of("mp3"), true);
	static final Type WAV = new Type("audio/wav", Set.of("wav"), true);
	static final Type AVI = new Type("video/x-msvideo", Set.of("avi"), true);
	static final Type AMR = new Type("audio/amr", Set.of("amr"), true);

	private ContentTypes() {
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The type the first bytes show, refined by the extension where one container carries several formats. */
	static Optional<Type> detect(byte[] head, String name) {
		String extension = extension(name);
		if (starts(head, "%PDF-")) {
			return Optional.of(PDF);
		}
		if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (starts(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (starts(head, "GIF87a") || starts(head, "GIF89a")) {
			return Optional.of(GIF);
		}
		if (starts(head, 'P', 'K', 0x03, 0x04)) {
			return Optional.of(switch (extension) {
				case "docx" -> OOXML_DOCUMENT;
				case "xlsx" -> OOXML_WORKBOOK;
				case "ofd" -> OFD;
				default -> ZIP;
			});
		}
		if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return Optional.of("xls".equals(extension) ? OLE_WORKBOOK : OLE_DOCUMENT);
		}
		if (head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
			return Optional.of(MP4);
		}
		if (starts(head, "ID3") || starts(head, 0xFF, 0xFB) || starts(head, 0xFF, 0xF3) || starts(head, 0xFF, 0xF2)) {
			return Optional.of(MP3);
		}
		if (starts(head, "RIFF") && head.length >= 12) {
			String form = new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.US_ASCII);
			if ("WAVE".equals(form)) {
				return Optional.of(WAV);
			}
			if ("AVI ".equals(form)) {
				return Optional.of(AVI);
			}
		}
		if (starts(head, "#!AMR")) {
			return Optional.of(AMR);
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] head, String prefix) {
		return starts(head, prefix.chars().toArray());
	}

	private static boolean starts(byte[] head, int... prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((head[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
