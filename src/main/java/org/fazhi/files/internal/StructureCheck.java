package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.fazhi.shared.RuleViolation;

/**
 * Checks an upload by its structure, not only its first bytes: an image must decode, a PDF must parse, a DOCX or XLSX
 * must be an OOXML package whose main part is of that kind, an OFD must hold its OFD.xml, a Word or Excel 97 file must
 * be a compound document, and audio and video must parse as their container (MP4 boxes, RIFF chunks, MP3 frames, AMR
 * frames) to the end of the file. PDFs that run script or launch programs when opened are refused. A file that merely starts like one of these (a GIF, JPEG or PDF header followed by a
 * web page, a ZIP of HTML named .docx, "ftyp" followed by a script named .mp4) is refused. Images and PDFs that carry
 * markup or script are refused too.
 */
final class StructureCheck {

	private static final String[] MARKUP = { "<html", "<script", "<iframe", "<svg", "<body", "javascript:" };

	private StructureCheck() {
	}

	static void check(Path file, ContentTypes.Type type, String name) {
		boolean sound;
		try {
			sound = switch (type.mime()) {
				case "image/png", "image/jpeg", "image/gif" -> decodes(file) && !holdsMarkup(file);
				case "application/pdf" -> parsesAsPdf(file) && !holdsMarkup(file) && !runsActions(file);
				case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
						ooxml(file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
				case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
						ooxml(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
				case "application/ofd" -> zipHolds(file, "OFD.xml");
				case "application/msword", "application/vnd.ms-excel" -> compoundDocument(file);
				case "video/mp4" -> mp4Boxes(file);
				case "audio/wav", "video/x-msvideo" -> riffChunks(file);
				case "audio/mpeg" -> mp3Frames(file);
				case "audio/amr" -> amrFrames(file);
				default -> true; // a plain ZIP archive is kept as it is and only ever downloaded as an attachment
			};
		}
		catch (Exception ex) {
			// whatever the parser says of a file that is not what it claims, it is refused
			sound = false;
		}
		if (!sound) {
			throw new RuleViolation("file", "file.structureInvalid", name, type.mime());
		}
	}

	private static boolean decodes(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			var image = ImageIO.read(in);
			return image != null && image.getWidth() > 0 && image.getHeight() > 0;
		}
	}

	private static boolean parsesAsPdf(Path file) throws IOException {
		try (var pdf = Loader.loadPDF(file.toFile())) {
			var catalog = pdf.getDocumentCatalog();
			var open = catalog.getOpenAction();
			boolean scripted = open instanceof org.apache.pdfbox.pdmodel.interactive.action.PDAction action
					&& !(action instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)
					|| catalog.getNames() != null && catalog.getNames().getJavaScript() != null
					|| catalog.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.AA);
			return pdf.getNumberOfPages() > 0 && !scripted;
		}
	}

	/** Markup or script anywhere in the bytes, in any case (a polyglot's second half). */
	private static boolean holdsMarkup(Path file) throws IOException {
		String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		for (String marker : MARKUP) {
			if (text.contains(marker)) {
				return true;
			}
		}
		return false;
	}

	/** A PDF that runs script or launches programs when opened (/JavaScript, /JS, /Launch actions). */
	private static boolean runsActions(Path file) throws IOException {
		String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
		return java.util.regex.Pattern.compile("/(JavaScript|JS|Launch|SubmitForm|ImportData)(?![A-Za-z])")
			.matcher(text).find();
	}

	private static boolean ooxml(Path file, String mainContentType) throws Exception {
		try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			return !pkg.getPartsByContentType(mainContentType).isEmpty();
		}
	}

	private static boolean zipHolds(Path file, String entry) throws IOException {
		try (var zip = new java.util.zip.ZipFile(file.toFile())) {
			return zip.getEntry(entry) != null;
		}
	}

	private static boolean compoundDocument(Path file) throws IOException {
		try (var fs = new POIFSFileSystem(file.toFile(), true)) {
			return fs.getRoot().getEntryCount() > 0;
		}
	}

	/** ISO base media: boxes of size and type follow one another to the end; a movie box or media data is there. */
	private static boolean mp4Boxes(Path file) throws IOException {
		try (var in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			long at = 0;
			boolean media = false;
			int boxes = 0;
			while (at < length) {
				if (length - at < 8) {
					return false;
				}
				in.seek(at);
				long size = in.readInt() & 0xFFFFFFFFL;
				byte[] kind = new byte[4];
				in.readFully(kind);
				for (byte b : kind) {
					if (b < 0x20 || b > 0x7E) {
						return false;
					}
				}
				String box = new String(kind, StandardCharsets.US_ASCII);
				if (boxes == 0 && !box.equals("ftyp")) {
					return false;
				}
				if (size == 1) {
					size = in.readLong();
				}
				else if (size == 0) {
					size = length - at;
				}
				if (size < 8 || at + size > length) {
					return false;
				}
				media |= box.equals("moov") || box.equals("mdat");
				at += size;
				boxes++;
			}
			return media;
		}
	}

	/** RIFF: the form's size is the file's, and its chunks follow one another to the end. */
	private static boolean riffChunks(Path file) throws IOException {
		try (var in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			if (length < 12) {
				return false;
			}
			in.seek(4);
			long riffSize = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
			if (riffSize + 8 != length && riffSize + 9 != length) {
				return false;
			}
			long at = 12;
			while (at + 8 <= length) {
				in.seek(at + 4);
				long size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
				at += 8 + size + (size % 2);
			}
			return at >= length && at <= length + 1;
		}
	}

	/** MPEG audio: after an optional ID3 tag, frames that begin with the sync word follow one another. */
	private static boolean mp3Frames(Path file) throws IOException {
		// the first 64 frames are read, never the whole recording: a bounded prefix is enough
		long length = Files.size(file);
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(1024 * 1024);
		}
		int at = 0;
		if (bytes.length > 10 && bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3') {
			at = 10 + ((bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F));
		}
		int frames = 0;
		int[] bitrates = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0 };
		int[] rates = { 44100, 48000, 32000, 0 };
		while (at + 4 <= bytes.length && frames < 64) {
			if ((bytes[at] & 0xFF) != 0xFF || (bytes[at + 1] & 0xE0) != 0xE0) {
				break;
			}
			int bitrate = bitrates[(bytes[at + 2] >> 4) & 0x0F] * 1000;
			int rate = rates[(bytes[at + 2] >> 2) & 0x03];
			if (bitrate == 0 || rate == 0) {
				return false;
			}
			int padding = (bytes[at + 2] >> 1) & 0x01;
			at += 144 * bitrate / rate + padding;
			frames++;
		}
		return frames >= 2 || frames == 1 && at >= length;
	}

	/** AMR narrow band: "#!AMR\n", then frames whose header gives their size. */
	private static boolean amrFrames(Path file) throws IOException {
		// walked frame by frame on the file, never read into memory whole
		byte[] magic = "#!AMR\n".getBytes(StandardCharsets.US_ASCII);
		try (var in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			byte[] head = new byte[magic.length];
			if (length <= magic.length) {
				return false;
			}
			in.readFully(head);
			if (!java.util.Arrays.equals(head, magic)) {
				return false;
			}
			int[] sizes = { 12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0 };
			long at = magic.length;
			while (at < length) {
				in.seek(at);
				int header = in.read();
				if (header < 0 || (header & 0x83) != 0) {
					return false;
				}
				at += 1 + sizes[(header >> 3) & 0x0F];
			}
			return at == length;
		}
	}
}
