package org.fazhi;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fazhi (法治工作台): the rule-of-law workbench of a subdistrict office or township.
 */
@SpringBootApplication
@EnableScheduling
public class FazhiApplication {

	/** Statutory periods are counted in China Standard Time, whatever the server's zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static {
		pinXmlFactories();
	}

	/**
	 * The JDK's own XML parsers and transformer, named: without a name, every DOCX and XLSX that POI opens or writes
	 * searches the whole class path for another implementation (a service-loader scan of 140 jars, about a tenth of
	 * the time of a document). A name given on the command line wins.
	 */
	static void pinXmlFactories() {
		System.getProperties().putIfAbsent("javax.xml.parsers.SAXParserFactory",
				"com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
				"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
				"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.stream.XMLInputFactory",
				"com.sun.xml.internal.stream.XMLInputFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.stream.XMLOutputFactory",
				"com.sun.xml.internal.stream.XMLOutputFactoryImpl");
		System.getProperties().putIfAbsent("javax.xml.stream.XMLEventFactory",
				"com.sun.xml.internal.stream.events.XMLEventFactoryImpl");
	}

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

	public static void main(String[] args) {
		SpringApplication.run(FazhiApplication.class, args);
	}
}
