package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.PublicationScreen.Kind;
import org.junit.jupiter.api.Test;

/**
 * The corpus of leaks the attack on the published decisions used, and more: each variant is found and named, and the
 * ordinary wording of a published decision passes.
 */
class PublicationScreenTests {

	static final List<String> NAMES = List.of("林晓明", "陈美华");
	static final List<String> ADDRESSES = List.of("深圳市罗湖区布心路3008号水库新村12栋502");

	record Leak(String text, Kind kind) {
	}

	static List<Leak> corpus() {
		List<Leak> leaks = new ArrayList<>();
		String id = "11010519491231002X";
		for (String variant : List.of(id, id.toLowerCase(), "110105 19491231 002X", "110105-19491231-002X",
				"1101 0519 4912 3100 2X", "１１０１０５１９４９１２３１００２Ｘ", "110105１９４９１２３１002X", "110105.19491231.002X",
				"110105_19491231_002X", "110105 — 19491231 — 002X", "440303********0210", "440303************", "110105491231002",
				"110105 491231 002", "１１０１０５４９１２３１００２", "440303197001011234", "4403 0319 7001 0112 34")) {
			leaks.add(new Leak("当事人身份证号码" + variant + "，经查", Kind.IDENTITY_NUMBER));
		}
		for (String variant : List.of("13812345678", "+8613812345678", "+86 138 1234 5678", "0086-138-1234-5678",
				"86 13812345678", "138-1234-5678", "138 1234 5678", "138.1234.5678", "１３８１２３４５６７８", "１３８－１２３４－５６７８",
				"138****0012", "138 **** 0012", "0755-82345678", "(0755)82345678", "（0755）8234 5678", "075582345678",
				"8234 5678", "82345678", "８２３４５６７８", "0755 8234 5678 转 801", "400-800-1234")) {
			leaks.add(new Leak("联系电话：" + variant + "。", Kind.PHONE));
		}
		for (String variant : List.of("林晓明", "林 晓 明", "林　晓明", "林·晓明", "林-晓-明", "林晓 明", "林.晓.明", "林*晓*明", "林\u200b晓\u200b明", "林\u200c晓\u2060明", "晓明",
				"陈美华", "陈 美华", "陈　美　华")) {
			leaks.add(new Leak("经营者" + variant + "未按规定配置灭火器", Kind.NAME));
		}
		for (String variant : List.of("深圳市罗湖区布心路3008号水库新村12栋502", "深圳市 罗湖区 布心路 3008 号 水库新村 12 栋 502",
				"布心路3008号水库新村", "水库新村12栋502", "3008号水库", "住所：某小区7栋1203室", "家住某花园2单元", "3 栋 402 房")) {
			leaks.add(new Leak("当事人住" + variant + "，", Kind.ADDRESS));
		}
		return leaks;
	}

	@Test
	void everyVariantOfTheCorpusIsFoundAndNamed() {
		var corpus = corpus();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
		List<String> missed = new ArrayList<>();
		for (Leak leak : corpus) {
			var found = PublicationScreen.findings(leak.text(), NAMES, ADDRESSES, List.of(), true);
			if (found.stream().noneMatch(f -> f.kind() == leak.kind())) {
				missed.add(leak.kind() + ": " + leak.text() + " -> " + found);
			}
		}
		assertThat(missed).isEmpty();
	}

	@Test
	void theOrdinaryWordingOfAPublishedDecisionPasses() {
		for (String clean : List.of(
				"当事人林某于2024年3月5日在其经营场所未按规定配备灭火器，违反了《中华人民共和国消防法》第十六条第一款第二项的规定。",
				"依据罗东执罚〔2024〕37号行政处罚决定书，处罚款人民币5000元。",
				"2024-03-05 现场检查发现，企业未对重大危险源登记建档，罚款1,000,000元。",
				"深圳市罗湖区东湖街道办事处于2024年11月18日作出决定，当事人应在十五日内缴纳罚款。",
				"统一社会信用代码 " + ("91440300MA5F1234X" + CreditCodes.checkCharacter("91440300MA5F1234X")) + " 的企业未建立安全生产责任制。")) {
			assertThat(PublicationScreen.findings(clean, NAMES, ADDRESSES, List.of("91440300MA5F1234XY"), true))
				.as(clean).isEmpty();
		}
	}

	@Test
	void findingsAreHighlightedWhereTheyAreInTheOriginalText() {
		String text = "当事人林 晓明，电话１３８－１２３４－５６７８，罚款200元。";
		var found = PublicationScreen.findings(text, NAMES, ADDRESSES, List.of(), true);
		assertThat(found).extracting(PublicationScreen.Finding::text).containsExactly("林 晓明", "１３８－１２３４－５６７８");
		var segments = PublicationScreen.segments(text, found);
		assertThat(String.join("", segments.stream().map(PublicationScreen.Segment::text).toList())).isEqualTo(text);
		assertThat(segments).extracting(PublicationScreen.Segment::kind)
			.containsExactly(null, Kind.NAME, null, Kind.PHONE, null);
	}
}
