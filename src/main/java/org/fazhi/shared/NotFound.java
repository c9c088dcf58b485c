package org.fazhi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist or lies outside the caller's tenant or data scope; both answer 404 so that the caller
 * learns nothing about records they may not see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id);
	}
}
