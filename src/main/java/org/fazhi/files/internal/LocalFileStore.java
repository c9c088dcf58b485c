package org.fazhi.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.fazhi.files.FileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes on the local file system, under a root outside the web root ({@code fazhi.files.root}). Keys are
 * generated; a key that would leave the root is refused all the same.
 */
@Component
public class LocalFileStore implements FileStore {

	private final Path root;

	LocalFileStore(@Value("${fazhi.files.root}") String root) throws IOException {
		this.root = Path.of(root).toAbsolutePath().normalize();
		Files.createDirectories(this.root);
	}

	Path root() {
		return root;
	}

	Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("storage key outside the file store");
		}
		return path;
	}

	@Override
	public void put(String key, Path content) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Files.move(content, target, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.exists(resolve(key));
	}

	/** A temporary file on the same file system as the store, so that the final move is atomic. */
	public Path temporaryFile() throws IOException {
		Path tmp = root.resolve("tmp");
		Files.createDirectories(tmp);
		return Files.createTempFile(tmp, "upload-", ".part");
	}
}
