package org.fazhi.organisation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The administrative divisions of China down to townships (province, city, district, township codes), read from
 * {@code data/divisions/*.csv} (国家统计局 统计用区划代码, as compiled in the project's shared data; see SOURCE.md there).
 * Reference data identical on every node, so it is read once from the jar and kept in memory.
 */
@Component
public class Regions {

	/** A township-level division (街道 or 乡镇) with the names of the divisions above it. */
	public record Township(String code, String name, String districtCode, String districtName, String cityName,
			String provinceName) {
	}

	private volatile Map<String, Township> townships;

	public Optional<Township> township(String code) {
		return Optional.ofNullable(townships().get(code));
	}

	private Map<String, Township> townships() {
		Map<String, Township> loaded = townships;
		if (loaded == null) {
			synchronized (this) {
				loaded = townships;
				if (loaded == null) {
					loaded = load();
					townships = loaded;
				}
			}
		}
		return loaded;
	}

	private static Map<String, Township> load() {
		Map<String, String> provinces = new HashMap<>();
		read("provinces.csv", row -> provinces.put(row[0], row[1]));
		Map<String, String> cities = new HashMap<>();
		read("cities.csv", row -> cities.put(row[0], row[1]));
		Map<String, String> districts = new HashMap<>();
		read("areas.csv", row -> districts.put(row[0], row[1]));
		Map<String, Township> result = new HashMap<>(50_000);
		read("streets.csv", row -> {
			// code,name,areaCode,provinceCode,cityCode; a municipality's city level is named 市辖区, show the province
			String province = provinces.getOrDefault(row[3], "");
			String city = cities.getOrDefault(row[4], "");
			if (city.isEmpty() || "市辖区".equals(city) || "县".equals(city)) {
				city = province;
			}
			result.put(row[0], new Township(row[0], row[1], row[2], districts.getOrDefault(row[2], ""), city, province));
		});
		return Map.copyOf(result);
	}

	private static void read(String file, Consumer<String[]> rowHandler) {
		var resource = new ClassPathResource("data/divisions/" + file);
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			// the division files are RFC 4180 CSV with a header row (Apache Commons CSV reads them)
			for (var record : org.apache.commons.csv.CSVFormat.RFC4180.parse(reader)) {
				if (record.getRecordNumber() == 1) {
					continue; // the header
				}
				String[] cells = record.stream().map(String::trim).toArray(String[]::new);
				if (cells.length > 1 || (cells.length == 1 && !cells[0].isEmpty())) {
					rowHandler.accept(cells);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read division codes " + file, ex);
		}
	}
}
