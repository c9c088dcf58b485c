package org.fazhi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SM4 (GB/T 32907-2016) in GCM mode for personal data at rest, through Bouncy Castle. The 128-bit key comes from
 * {@code FAZHI_SM4_KEY} (32 hex digits); without it, a key file {@code sm4.key} is created once in the data directory,
 * outside the repository, and must be backed up with the database. Each value gets a fresh 96-bit IV.
 */
@Component
public class Sm4Cipher {

	private static final Logger log = LoggerFactory.getLogger(Sm4Cipher.class);

	private static final String VERSION = "sm4gcm1:";

	private final SecureRandom random = new SecureRandom();
	private final byte[] key;

	public Sm4Cipher(@Value("${fazhi.crypto.sm4-key:}") String configuredKey, @Value("${fazhi.data-dir}") String dataDir) {
		this.key = configuredKey.isBlank() ? keyFile(Path.of(dataDir, "sm4.key")) : parse(configuredKey);
	}

	private static byte[] parse(String hex) {
		byte[] parsed = HexFormat.of().parseHex(hex.strip());
		if (parsed.length != 16) {
			throw new IllegalStateException("FAZHI_SM4_KEY must be 32 hex digits (128 bits)");
		}
		return parsed;
	}

	private byte[] keyFile(Path file) {
		try {
			if (Files.exists(file)) {
				return parse(Files.readString(file, StandardCharsets.US_ASCII));
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			byte[] generated = new byte[16];
			random.nextBytes(generated);
			Files.writeString(file, HexFormat.of().formatHex(generated), StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's own protection applies
			}
			log.warn("generated the SM4 key for personal data file={}; back it up apart from the database, or set"
					+ " FAZHI_SM4_KEY", file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the SM4 key file " + file, ex);
		}
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		byte[] iv = new byte[12];
		random.nextBytes(iv);
		byte[] sealed = run(true, iv, plain.getBytes(StandardCharsets.UTF_8));
		byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
		System.arraycopy(sealed, 0, out, iv.length, sealed.length);
		return VERSION + Base64.getEncoder().encodeToString(out);
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(VERSION)) {
			throw new IllegalStateException("personal data not encrypted with " + VERSION);
		}
		byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
		byte[] iv = Arrays.copyOf(all, 12);
		byte[] sealed = Arrays.copyOfRange(all, 12, all.length);
		return new String(run(false, iv, sealed), StandardCharsets.UTF_8);
	}

	/**
	 * A keyed hash (HMAC-SM3, GB/T 32905) of a personal-data value under a key derived from the SM4 key: equal values
	 * give equal hashes, so records are matched on it (the same party of two disputes) without decrypting anything,
	 * and nobody without the key can test a guessed identity number against it. {@code purpose} separates the uses.
	 */
	public String keyedHash(String purpose, String value) {
		if (value == null) {
			return null;
		}
		var mac = new org.bouncycastle.crypto.macs.HMac(new org.bouncycastle.crypto.digests.SM3Digest());
		mac.init(new KeyParameter(key));
		byte[] input = (purpose + "\u0000" + value).getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return java.util.HexFormat.of().formatHex(out);
	}

	private byte[] run(boolean encrypt, byte[] iv, byte[] input) {
		var gcm = GCMBlockCipher.newInstance(new SM4Engine());
		gcm.init(encrypt, new AEADParameters(new KeyParameter(key), 128, iv));
		byte[] out = new byte[gcm.getOutputSize(input.length)];
		int length = gcm.processBytes(input, 0, input.length, out, 0);
		try {
			length += gcm.doFinal(out, length);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException("personal data does not decrypt with the configured SM4 key", ex);
		}
		return Arrays.copyOf(out, length);
	}
}
