package org.fazhi.shared;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016) hashes through Bouncy Castle, as lower-case hex. */
public final class Sm3 {

	private Sm3() {
	}

	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String hex(byte[] bytes) {
		var digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
