package org.fazhi.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal-data column SM4-encrypted; the entity holds the clear value only in memory. */
@Converter
public class EncryptedPersonalData implements AttributeConverter<String, String> {

	private final Sm4Cipher cipher;

	public EncryptedPersonalData(Sm4Cipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return cipher.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String dbData) {
		return cipher.decrypt(dbData);
	}
}
