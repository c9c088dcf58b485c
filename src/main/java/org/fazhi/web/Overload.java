package org.fazhi.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When no database connection frees up within the pool's timeout, the request is answered 503 (try again shortly),
 * not 500: nothing was written, and the client may retry (a form retried with its one-time token runs once).
 */
@ControllerAdvice
class Overload {

	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class })
	ResponseEntity<String> busy() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
			.header("Retry-After", "5")
			.body("系统繁忙，本次操作未保存，请稍后重试。 The system is busy; nothing was saved, please try again shortly.");
	}
}
